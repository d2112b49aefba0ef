import { TransactionRollbackError, and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { registrationExtras, registrations } from './tables.server';
import { activities, activityExtras } from '../activities/tables.server';
import type { FailureMap } from '$lib/server/failures';
import { transactionWithJobs } from '$lib/server/jobs/queue';
import { recordPromotion, recordRegistrationMail, recordRegistrationReminder } from './jobs.server';
import { registrationOpen } from './rules';
import type { CancellableRegistration, OwnRegistration, Registrant } from './types';

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

class ExtraFull extends Error {}
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

export type RegistrationInput = { answers?: Record<string, string>; invoice?: Record<string, string>; extraIds?: string[] };

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
      // A cancellation locks the activity FOR UPDATE: with this key-share lock it waits for this
      // registration (and then sees it waiting), or this one waits for it (and then sees the freed
      // seat). Without it, someone registering again on an existing row could be passed over. It
      // does not conflict with the seat claim's UPDATE, so registrations do not wait for each other.
      await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, activityId)).for('key share');
      if (!(await extrasBelongTo(tx, activityId, extraIds))) return { ok: false, reason: 'unknown-extra' } as const;
      const [registration] = await tx.insert(registrations).values({
        activityId, personId, registeredBy, status: 'waiting',
        answers: input.answers ?? {}, invoice: input.invoice ?? {}, waitingSince: now
      }).onConflictDoUpdate({
        target: [registrations.activityId, registrations.personId],
        set: { status: 'waiting', registeredBy, answers: input.answers ?? {}, invoice: input.invoice ?? {}, waitingSince: now, updatedAt: now },
        setWhere: inArray(registrations.status, ['cancelled', 'interest'])
      }).returning({ id: registrations.id });
      if (!registration) return { ok: false, reason: 'already-registered' } as const;
      await tx.delete(registrationExtras).where(eq(registrationExtras.registrationId, registration.id));
      const seated = await claimSeat(tx, activityId);
      if (seated) {
        for (const extraId of extraIds) if (!(await claimExtra(tx, activityId, extraId))) throw new ExtraFull();
        await tx.update(registrations).set({ status: 'registered', waitingSince: null }).where(eq(registrations.id, registration.id));
      }
      if (extraIds.length > 0) {
        await tx.insert(registrationExtras).values(extraIds.map((extraId) => ({ registrationId: registration.id, extraId, claimed: seated })));
      }
      const status = seated ? 'registered' : 'waiting';
      if (options.notify) await recordRegistered(tx, registration.id, status, activity.startsAt);
      return { ok: true, registrationId: registration.id, status } as const;
    });
  } catch (err) {
    if (err instanceof ExtraFull) return { ok: false, reason: 'extra-full' };
    throw err;
  }
}

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
export async function cancelRegistration(registration: CancellableRegistration, options: { notify?: { byOrganiser: boolean } } = {}): Promise<CancelResult> {
  const { activityId, personId } = registration;
  try {
    return await transaction(!!options.notify, async (tx) => {
      const [activity] = await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, activityId)).for('update');
      if (!activity) tx.rollback();
      const [cancelled] = await tx.select({ id: registrations.id, status: registrations.status }).from(registrations)
        .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, ['registered', 'waiting'])))
        .for('update');
      if (!cancelled) tx.rollback();
      const seated = cancelled!.status === 'registered';
      // The first in line is locked before any extra is touched: a change of theirs in progress
      // holds their row and may be claiming an extra, so waiting for it here cannot deadlock.
      const [next] = seated
        ? await tx.select({ id: registrations.id }).from(registrations)
          .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'waiting')))
          .orderBy(asc(registrations.waitingSince), asc(registrations.createdAt), asc(registrations.id))
          .limit(1).for('update')
        : [];
      await tx.update(registrations).set({ status: 'cancelled', waitingSince: null, updatedAt: new Date() }).where(eq(registrations.id, cancelled!.id));
      const promoted = seated ? await handOverSeat(tx, activityId, cancelled!.id, next?.id ?? null) : null;
      if (options.notify) {
        await recordRegistrationMail(tx, cancelled!.id, options.notify.byOrganiser ? 'organiserCancellation' : 'cancellation');
        if (promoted) await recordPromotion(tx, promoted);
      }
      return { ok: true, registrationId: cancelled!.id, promotedRegistrationId: promoted } as const;
    });
  } catch (err) {
    if (err instanceof TransactionRollbackError) return { ok: false, reason: 'not-found' };
    throw err;
  }
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
  input: { answers: Record<string, string>; invoice: Record<string, string>; extraIds: string[] },
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

/** In the registration's transaction: the confirmation (with .ics) and the reminder, or the waiting-list mail. */
async function recordRegistered(tx: Tx, registrationId: string, status: 'registered' | 'waiting', startsAt: Date): Promise<void> {
  if (status === 'waiting') return recordRegistrationMail(tx, registrationId, 'waiting');
  await recordRegistrationMail(tx, registrationId, 'confirmation');
  await recordRegistrationReminder(tx, registrationId, startsAt);
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
  return cancelRegistration(registration, { notify: { byOrganiser: !!options.byOrganiser } });
}
