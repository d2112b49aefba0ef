import { TransactionRollbackError, and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { registrationExtras, registrations } from './tables.server';
import { activities, activityExtras } from '../activities/tables.server';
import type { FailureMap } from '$lib/server/failures';
import { transactionWithJobs } from '$lib/server/jobs/queue';
import { recordPromotion, recordRegistered, recordRegistrationMail } from './jobs.server';
import { registrationOpen } from './rules';
import { savePair } from '../municipalities/mutations.server';
import type { PairChoice } from '../municipalities/rules';
import type { CancellableRegistration, GuestRegistrant, OwnRegistration, Registrant } from './types';

/**
 * Claims one seat of an activity inside the registration's transaction. The conditional UPDATE
 * takes the row lock and checks the capacity in one statement, so concurrent registrations can
 * never overbook (and a CHECK constraint backs it up). Read-then-write would overbook.
 */
export type SeatClaim = (tx: Tx, activityId: string) => Promise<boolean>;

export const claimSeatAtomically: SeatClaim = async (tx, activityId) => {
  const [row] = await tx.update(activities).set({ seatsTaken: sql`${activities.seatsTaken} + 1` })
    .where(and(eq(activities.id, activityId), sql`${activities.seatsTaken} < ${activities.capacity}`))
    .returning({ id: activities.id });
  return !!row;
};

/** The same conditional UPDATE for a seat of an extra, scoped by its activity. */
async function claimExtra(tx: Tx, activityId: string, extraId: string): Promise<boolean> {
  const [row] = await tx.update(activityExtras).set({ seatsTaken: sql`${activityExtras.seatsTaken} + 1` })
    .where(and(eq(activityExtras.id, extraId), eq(activityExtras.activityId, activityId),
      sql`(${activityExtras.capacity} is null or ${activityExtras.seatsTaken} < ${activityExtras.capacity})`))
    .returning({ id: activityExtras.id });
  return !!row;
}

/**
 * Locks every extra of the activity, in id order, before a change or a cancellation touches any.
 * Both may release one extra and claim another; taking them all in one order means two of them
 * (or one of them and a registration) can never hold one each and wait for the other's.
 */
async function lockActivityExtras(tx: Tx, activityId: string): Promise<void> {
  await tx.select({ id: activityExtras.id }).from(activityExtras).where(eq(activityExtras.activityId, activityId))
    .orderBy(asc(activityExtras.id)).for('no key update');
}

export type RegisterResult =
  | { ok: true; registrationId: string; status: 'registered' | 'waiting' }
  | { ok: false; reason: 'not-found' | 'closed' | 'already-registered' | 'extra-full' | 'unknown-extra' };

export const registerFailures = {
  closed: { status: 409, key: 'registrationClosed' },
  'already-registered': { status: 409, key: 'registrationAlreadyRegistered' },
  'extra-full': { status: 409, field: 'extras', key: 'registrationExtraFull' },
  'unknown-extra': { status: 400, field: 'extras', key: 'registrationExtraUnknown' },
  'not-found': { status: 404, key: 'registrationNotFound' }
} satisfies FailureMap<RegisterResult>;

/** Registering a colleague: the same, but "already registered" is about the colleague, and only colleagues of one's school. */
export const colleagueRegisterFailures = {
  ...registerFailures,
  'already-registered': { status: 409, field: 'colleagueId', key: 'registrationColleagueAlreadyRegistered' },
  'not-allowed': { status: 403, field: 'colleagueId', key: 'registrationColleagueNotAllowed' }
} satisfies FailureMap<RegisterResult | { ok: false; reason: 'not-allowed' }>;

/** A chosen extra is full: thrown inside the transaction so that everything rolls back. */
export class ExtraFull extends Error {}
class NotFound extends Error {}

/**
 * The engine's transaction: with mails (the *AndNotify mutations) through transactionWithJobs, so
 * they are recorded with the change (ADR 022); without, a plain one (the race tests time the engine).
 */
function transaction<T>(withJobs: boolean, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withJobs ? transactionWithJobs(work) : db().transaction(work);
}

/**
 * Whether every id is an extra of this activity (a forged id of another activity is refused). Read
 * inside the registration's transaction with a key-share lock, so the organiser cannot remove a
 * chosen extra until the registration is committed (and then sees it was chosen). The lock does
 * not conflict with claimExtra's UPDATE, so concurrent registrations do not wait for each other.
 */
async function extrasBelongTo(tx: Tx, activityId: string, extraIds: string[]): Promise<boolean> {
  if (extraIds.length === 0) return true;
  const rows = await tx.select({ id: activityExtras.id }).from(activityExtras)
    .where(and(eq(activityExtras.activityId, activityId), inArray(activityExtras.id, extraIds))).for('key share');
  return rows.length === extraIds.length;
}

/** `pair`: who one comes together with (ADR 030), saved with the registration; left out: unchanged. */
export type RegistrationInput = { answers?: Record<string, string>; invoice?: Record<string, string>; extraIds?: string[]; pair?: PairChoice };

/**
 * Registers a person: a seat if one is free, else a place on the waiting list. Chosen extras are
 * claimed with the seat; if one of them is full the whole registration is refused and nothing is
 * written. A person who cancelled or only showed interest can register again. Who registers whom
 * comes from the `Registrant` handle (the registration policy agreed to it).
 */
export async function registerForActivity(
  registrant: Registrant,
  input: RegistrationInput,
  options: { claimSeat?: SeatClaim; now?: Date; notify?: boolean } = {}
): Promise<RegisterResult> {
  const { activityId, personId, registeredBy } = registrant;
  const claimSeat = options.claimSeat ?? claimSeatAtomically;
  const now = options.now ?? new Date();
  const [activity] = await db().select({ id: activities.id, deadline: activities.registrationDeadline, startsAt: activities.startsAt })
    .from(activities).where(eq(activities.id, activityId));
  if (!activity) return { ok: false, reason: 'not-found' };
  if (activity.deadline.getTime() < now.getTime()) return { ok: false, reason: 'closed' };
  // In id order, like lockActivityExtras, so claims never cross another transaction's.
  const extraIds = [...new Set(input.extraIds ?? [])].sort();
  try {
    return await transaction(!!options.notify, async (tx) => {
      const result = await claimInTransaction(tx, { activityId, personId, registeredBy }, input, extraIds, { claimSeat, now });
      if (result.ok && options.notify) await recordRegistered(tx, result.registrationId, result.status, activity.startsAt);
      return result;
    });
  } catch (err) {
    if (err instanceof ExtraFull) return { ok: false, reason: 'extra-full' };
    throw err;
  }
}

/**
 * The seat engine's registration, inside the caller's transaction: a seat by the conditional
 * UPDATE or a place on the waiting list, with the chosen extras (a full one throws ExtraFull, which
 * rolls everything back). `pending` marks a registration without an account (ADR 029): it counts
 * for the seat at once, exactly like any other, and is released if not confirmed by `releaseAt`.
 */
async function claimInTransaction(
  tx: Tx,
  who: { activityId: string; personId: string; registeredBy: string },
  input: RegistrationInput,
  extraIds: string[],
  options: { claimSeat: SeatClaim; now: Date; pending?: { tokenHash: string; releaseAt: Date } }
): Promise<RegisterResult> {
  const { activityId, personId, registeredBy } = who;
  const { now, claimSeat } = options;
  // A cancellation locks the activity FOR UPDATE: with this key-share lock it waits for this
  // registration (and then sees it waiting), or this one waits for it (and then sees the freed
  // seat). Without it, someone registering again on an existing row could be passed over. It
  // does not conflict with the seat claim's UPDATE, so registrations do not wait for each other.
  await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, activityId)).for('key share');
  if (!(await extrasBelongTo(tx, activityId, extraIds))) return { ok: false, reason: 'unknown-extra' };
  const pending = { confirmTokenHash: options.pending?.tokenHash ?? null, releaseAt: options.pending?.releaseAt ?? null };
  const [registration] = await tx.insert(registrations).values({
    activityId, personId, registeredBy, status: 'waiting',
    answers: input.answers ?? {}, invoice: input.invoice ?? {}, waitingSince: now, ...pending
  }).onConflictDoUpdate({
    target: [registrations.activityId, registrations.personId],
    set: { status: 'waiting', registeredBy, answers: input.answers ?? {}, invoice: input.invoice ?? {}, waitingSince: now, updatedAt: now, ...pending },
    setWhere: inArray(registrations.status, ['cancelled', 'interest'])
  }).returning({ id: registrations.id });
  if (!registration) return { ok: false, reason: 'already-registered' };
  await savePair(tx, registration.id, input.pair);
  await tx.delete(registrationExtras).where(eq(registrationExtras.registrationId, registration.id));
  const seated = await claimSeat(tx, activityId);
  if (seated) {
    for (const extraId of extraIds) if (!(await claimExtra(tx, activityId, extraId))) throw new ExtraFull();
    await tx.update(registrations).set({ status: 'registered', waitingSince: null }).where(eq(registrations.id, registration.id));
  }
  if (extraIds.length > 0) {
    await tx.insert(registrationExtras).values(extraIds.map((extraId) => ({ registrationId: registration.id, extraId, claimed: seated })));
  }
  return { ok: true, registrationId: registration.id, status: seated ? 'registered' : 'waiting' };
}

export type CancellationMailKind = 'cancellation' | 'organiserCancellation' | 'released';

export type CancelResult = { ok: true; registrationId: string; promotedRegistrationId: string | null } | { ok: false; reason: 'not-found' };

export const cancelFailures = {
  'not-found': { status: 404, key: 'registrationNotFound' },
  started: { status: 409, key: 'registrationStarted' }
} satisfies FailureMap<{ ok: false; reason: 'not-found' | 'started' }>;

/**
 * Cancels a registration. A freed seat goes straight to the first person on the waiting list
 * (the seat never becomes free in between, so no newcomer can take it); without a waiting list
 * the seat is released. Extras are released or claimed the same way. Cancellations of one
 * activity run one at a time (the activity row is locked first), so the first in line is always
 * the one promoted, also while they are changing their registration (the promotion waits for it).
 */
export async function cancelRegistration(
  registration: CancellableRegistration,
  options: { notify?: { kind: CancellationMailKind }; unconfirmedBefore?: Date } = {}
): Promise<CancelResult> {
  const { activityId, personId } = registration;
  // The release job cancels only what is still unconfirmed past its deadline, checked on the locked
  // row: a confirmation that committed first leaves nothing to release.
  const unconfirmed = options.unconfirmedBefore ? lte(registrations.releaseAt, options.unconfirmedBefore) : undefined;
  try {
    return await transaction(!!options.notify, async (tx) => {
      const [activity] = await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, activityId)).for('update');
      if (!activity) tx.rollback();
      const [cancelled] = await tx.select({ id: registrations.id, status: registrations.status }).from(registrations)
        .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, ['registered', 'waiting']), unconfirmed))
        .for('update');
      if (!cancelled) tx.rollback();
      const seated = cancelled!.status === 'registered';
      // The first in line is locked before any extra is touched: a change of theirs in progress
      // holds their row and may be claiming an extra, so waiting for it here cannot deadlock.
      const next = seated ? await firstInLine(tx, activityId) : null;
      await tx.update(registrations).set({ status: 'cancelled', waitingSince: null, confirmTokenHash: null, releaseAt: null, updatedAt: new Date() })
        .where(eq(registrations.id, cancelled!.id));
      const promoted = seated ? await handOverSeat(tx, activityId, cancelled!.id, next) : null;
      if (options.notify) {
        await recordRegistrationMail(tx, cancelled!.id, options.notify.kind);
        if (promoted) await recordPromotion(tx, promoted);
      }
      return { ok: true, registrationId: cancelled!.id, promotedRegistrationId: promoted } as const;
    });
  } catch (err) {
    if (err instanceof TransactionRollbackError) return { ok: false, reason: 'not-found' };
    throw err;
  }
}

/** The first on the activity's waiting list, locked. */
async function firstInLine(tx: Tx, activityId: string): Promise<string | null> {
  const [next] = await tx.select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'waiting')))
    .orderBy(asc(registrations.waitingSince), asc(registrations.createdAt), asc(registrations.id))
    .limit(1).for('update');
  return next?.id ?? null;
}

/**
 * A merge of two accounts (ADR 032) keeps one of their two seats on an activity: the other goes to the first
 * in line, as a cancelled one would, or is released. The caller holds the activity row's lock and deletes the row.
 */
export async function handOverMergedSeat(tx: Tx, activityId: string, droppedId: string): Promise<string | null> {
  return handOverSeat(tx, activityId, droppedId, await firstInLine(tx, activityId));
}

/** A cancelled seat goes to `next` (the first in line, locked), or is released; returns who got it. */
async function handOverSeat(tx: Tx, activityId: string, cancelledId: string, next: string | null): Promise<string | null> {
  await lockActivityExtras(tx, activityId);
  await releaseExtras(tx, cancelledId);
  if (!next) {
    await tx.update(activities).set({ seatsTaken: sql`${activities.seatsTaken} - 1` }).where(eq(activities.id, activityId));
    return null;
  }
  await tx.update(registrations).set({ status: 'registered', waitingSince: null, updatedAt: new Date() }).where(eq(registrations.id, next));
  await claimWaitingExtras(tx, activityId, next);
  return next;
}

async function releaseExtras(tx: Tx, registrationId: string): Promise<void> {
  const claimed = await tx.update(registrationExtras).set({ claimed: false })
    .where(and(eq(registrationExtras.registrationId, registrationId), eq(registrationExtras.claimed, true)))
    .returning({ extraId: registrationExtras.extraId });
  for (const { extraId } of claimed) {
    await tx.update(activityExtras).set({ seatsTaken: sql`${activityExtras.seatsTaken} - 1` }).where(eq(activityExtras.id, extraId));
  }
}

/** A promoted person gets the extras that still have room; the others stay unclaimed. */
async function claimWaitingExtras(tx: Tx, activityId: string, registrationId: string): Promise<void> {
  const wanted = await tx.select({ extraId: registrationExtras.extraId }).from(registrationExtras)
    .where(and(eq(registrationExtras.registrationId, registrationId), eq(registrationExtras.claimed, false)));
  for (const { extraId } of wanted) {
    if (await claimExtra(tx, activityId, extraId)) {
      await tx.update(registrationExtras).set({ claimed: true })
        .where(and(eq(registrationExtras.registrationId, registrationId), eq(registrationExtras.extraId, extraId)));
    }
  }
}

export type UpdateResult =
  | { ok: true; status: 'registered' | 'waiting' }
  | { ok: false; reason: 'not-found' | 'closed' | 'extra-full' | 'unknown-extra' };

/**
 * Changes the answers, invoice details and extras of a registration (registered or waiting) until
 * the deadline. For a seat holder, extras no longer chosen are released and newly chosen ones are
 * claimed with the same conditional UPDATE as at registration, in one transaction: if a new extra
 * is full, the whole change is refused and nothing changes. On the waiting list extras stay wishes.
 */
export async function updateRegistration(
  registration: OwnRegistration,
  input: { answers: Record<string, string>; invoice: Record<string, string>; extraIds: string[]; pair?: PairChoice },
  options: { now?: Date } = {}
): Promise<UpdateResult> {
  const { activityId, personId } = registration;
  const now = options.now ?? new Date();
  const [activity] = await db().select({ deadline: activities.registrationDeadline }).from(activities).where(eq(activities.id, activityId));
  if (!activity) return { ok: false, reason: 'not-found' };
  if (activity.deadline.getTime() < now.getTime()) return { ok: false, reason: 'closed' };
  const extraIds = [...new Set(input.extraIds)];
  try {
    return await db().transaction(async (tx) => {
      if (!(await extrasBelongTo(tx, activityId, extraIds))) return { ok: false, reason: 'unknown-extra' } as const;
      // The row is locked first, seated or waiting: a cancellation that would promote this person
      // waits for the change to commit (it never skips them), and the status read here is current.
      const [found] = await tx.select({ id: registrations.id, status: registrations.status }).from(registrations)
        .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, ['registered', 'waiting'])))
        .for('update');
      if (!found) throw new NotFound();
      await lockActivityExtras(tx, activityId);
      const seated = found.status === 'registered';
      const current = await tx.select({ extraId: registrationExtras.extraId }).from(registrationExtras)
        .where(eq(registrationExtras.registrationId, found.id));
      for (const { extraId } of current.filter((c) => !extraIds.includes(c.extraId))) {
        // The deleted row tells whether it held a seat, even if a promotion claimed it meanwhile.
        const [removed] = await tx.delete(registrationExtras)
          .where(and(eq(registrationExtras.registrationId, found.id), eq(registrationExtras.extraId, extraId)))
          .returning({ claimed: registrationExtras.claimed });
        if (removed?.claimed) {
          await tx.update(activityExtras).set({ seatsTaken: sql`${activityExtras.seatsTaken} - 1` })
            .where(and(eq(activityExtras.id, extraId), eq(activityExtras.activityId, activityId)));
        }
      }
      for (const extraId of extraIds.filter((id) => !current.some((c) => c.extraId === id))) {
        const claimed = seated && (await claimExtra(tx, activityId, extraId));
        if (seated && !claimed) throw new ExtraFull();
        await tx.insert(registrationExtras).values({ registrationId: found.id, extraId, claimed });
      }
      await savePair(tx, found.id, input.pair);
      await tx.update(registrations).set({ answers: input.answers, invoice: input.invoice, updatedAt: now }).where(eq(registrations.id, found.id));
      return { ok: true, status: found.status as 'registered' | 'waiting' } as const;
    });
  } catch (err) {
    if (err instanceof ExtraFull) return { ok: false, reason: 'extra-full' };
    if (err instanceof NotFound) return { ok: false, reason: 'not-found' };
    throw err;
  }
}

export type InterestResult = { ok: true } | { ok: false; reason: 'already-registered' | 'closed' };

export const interestFailures = {
  closed: { status: 409, key: 'registrationClosed' },
  'already-registered': { status: 409, key: 'registrationAlreadyRegistered' }
} satisfies FailureMap<InterestResult>;

/**
 * "Ik heb interesse": no seat, no extras; a person who cancelled may show interest again. Like a
 * registration, only until the deadline.
 */
export async function showInterest(registrant: Registrant, now = new Date()): Promise<InterestResult> {
  const { activityId, personId } = registrant;
  const [activity] = await db().select({ deadline: activities.registrationDeadline }).from(activities).where(eq(activities.id, activityId));
  if (!activity || !registrationOpen(activity.deadline, now)) return { ok: false, reason: 'closed' };
  const [row] = await db().insert(registrations).values({ activityId, personId, registeredBy: personId, status: 'interest' })
    .onConflictDoUpdate({
      target: [registrations.activityId, registrations.personId],
      set: { status: 'interest', registeredBy: personId, waitingSince: null, updatedAt: now },
      setWhere: inArray(registrations.status, ['cancelled', 'interest'])
    }).returning({ id: registrations.id });
  return row ? { ok: true } : { ok: false, reason: 'already-registered' };
}

/** registerForActivity with its mails (to the registered person, also when a colleague registered them). */
export async function registerAndNotify(registrant: Registrant, input: RegistrationInput, options: { now?: Date } = {}): Promise<RegisterResult> {
  return registerForActivity(registrant, input, { ...options, notify: true });
}

/**
 * cancelRegistration, refused once the activity started, with the cancellation mail and, for the
 * person promoted from the waiting list, the "er is een plaats vrijgekomen" mail with .ics.
 */
export async function cancelAndNotify(
  registration: CancellableRegistration, options: { now?: Date; byOrganiser?: boolean } = {}
): Promise<CancelResult | { ok: false; reason: 'started' }> {
  const now = options.now ?? new Date();
  const [activity] = await db().select({ startsAt: activities.startsAt }).from(activities).where(eq(activities.id, registration.activityId));
  if (!activity) return { ok: false, reason: 'not-found' };
  if (activity.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'started' };
  return cancelRegistration(registration, { notify: { kind: options.byOrganiser ? 'organiserCancellation' : 'cancellation' } });
}

/**
 * The seat engine's part of a registration without an account (ADR 029), in the caller's
 * transaction `tx` (accounts' registerAsGuest, which also makes the person and the mail): a seat or
 * a waiting-list place held at once through the same claim as any registration, or interest,
 * marked unconfirmed until `pending.releaseAt`. A full extra throws, rolling the caller back.
 */
export async function holdForGuest(
  tx: Tx, guest: GuestRegistrant, personId: string, input: RegistrationInput,
  options: { interest: boolean; now: Date; pending: { tokenHash: string; releaseAt: Date }; claimSeat?: SeatClaim }
): Promise<{ ok: true; registrationId: string } | Extract<RegisterResult, { ok: false }>> {
  const who = { activityId: guest.activityId, personId, registeredBy: personId };
  if (options.interest) return holdInterest(tx, who, options.pending, options.now);
  const extraIds = [...new Set(input.extraIds ?? [])].sort();
  return claimInTransaction(tx, who, input, extraIds, { claimSeat: options.claimSeat ?? claimSeatAtomically, now: options.now, pending: options.pending });
}

/** Interest without an account: no seat, unconfirmed like a registration, on an existing row only if it was cancelled or interest. */
async function holdInterest(
  tx: Tx, who: { activityId: string; personId: string }, pending: { tokenHash: string; releaseAt: Date }, now: Date
): Promise<{ ok: true; registrationId: string } | { ok: false; reason: 'already-registered' }> {
  const values = { status: 'interest' as const, registeredBy: who.personId, waitingSince: null, confirmTokenHash: pending.tokenHash, releaseAt: pending.releaseAt };
  const [row] = await tx.insert(registrations).values({ ...who, ...values })
    .onConflictDoUpdate({ target: [registrations.activityId, registrations.personId], set: { ...values, updatedAt: now }, setWhere: eq(registrations.status, 'cancelled') })
    .returning({ id: registrations.id });
  return row ? { ok: true, registrationId: row.id } : { ok: false, reason: 'already-registered' };
}
