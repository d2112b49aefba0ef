import { TransactionRollbackError, and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { activities, activityExtras, registrationExtras, registrations } from '$lib/server/db/schema';

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

async function claimExtra(tx: Tx, extraId: string): Promise<boolean> {
  const [row] = await tx.update(activityExtras).set({ seatsTaken: sql`${activityExtras.seatsTaken} + 1` })
    .where(and(eq(activityExtras.id, extraId), sql`(${activityExtras.capacity} is null or ${activityExtras.seatsTaken} < ${activityExtras.capacity})`))
    .returning({ id: activityExtras.id });
  return !!row;
}

export type RegisterResult =
  | { ok: true; registrationId: string; status: 'registered' | 'waiting' }
  | { ok: false; reason: 'not-found' | 'closed' | 'already-registered' | 'extra-full' };

class ExtraFull extends Error {}

/**
 * Registers a person: a seat if one is free, else a place on the waiting list. Chosen extras are
 * claimed with the seat; if one of them is full the whole registration is refused and nothing is
 * written. A person who cancelled or only showed interest can register again.
 */
export async function registerForActivity(
  activityId: string,
  personId: string,
  input: { answers?: Record<string, string>; invoice?: Record<string, string>; extraIds?: string[]; registeredBy?: string },
  options: { claimSeat?: SeatClaim; now?: Date } = {}
): Promise<RegisterResult> {
  const claimSeat = options.claimSeat ?? claimSeatAtomically;
  const now = options.now ?? new Date();
  const [activity] = await db().select({ id: activities.id, deadline: activities.registrationDeadline }).from(activities).where(eq(activities.id, activityId));
  if (!activity) return { ok: false, reason: 'not-found' };
  if (activity.deadline.getTime() < now.getTime()) return { ok: false, reason: 'closed' };
  const extraIds = [...new Set(input.extraIds ?? [])];
  try {
    return await db().transaction(async (tx) => {
      const [registration] = await tx.insert(registrations).values({
        activityId, personId, registeredBy: input.registeredBy ?? personId, status: 'waiting',
        answers: input.answers ?? {}, invoice: input.invoice ?? {}, waitingSince: now
      }).onConflictDoUpdate({
        target: [registrations.activityId, registrations.personId],
        set: { status: 'waiting', answers: input.answers ?? {}, invoice: input.invoice ?? {}, waitingSince: now, updatedAt: now },
        setWhere: inArray(registrations.status, ['cancelled', 'interest'])
      }).returning({ id: registrations.id });
      if (!registration) return { ok: false, reason: 'already-registered' } as const;
      await tx.delete(registrationExtras).where(eq(registrationExtras.registrationId, registration.id));
      const seated = await claimSeat(tx, activityId);
      if (seated) {
        for (const extraId of extraIds) if (!(await claimExtra(tx, extraId))) throw new ExtraFull();
        await tx.update(registrations).set({ status: 'registered', waitingSince: null }).where(eq(registrations.id, registration.id));
      }
      if (extraIds.length > 0) {
        await tx.insert(registrationExtras).values(extraIds.map((extraId) => ({ registrationId: registration.id, extraId, claimed: seated })));
      }
      return { ok: true, registrationId: registration.id, status: seated ? 'registered' : 'waiting' } as const;
    });
  } catch (err) {
    if (err instanceof ExtraFull) return { ok: false, reason: 'extra-full' };
    throw err;
  }
}

export type CancelResult = { ok: true; promotedRegistrationId: string | null } | { ok: false; reason: 'not-found' };

/**
 * Cancels a registration. A freed seat goes straight to the first person on the waiting list
 * (the seat never becomes free in between, so no newcomer can take it); without a waiting list
 * the seat is released. Extras are released or claimed the same way.
 */
export async function cancelRegistration(activityId: string, personId: string): Promise<CancelResult> {
  try {
    return await db().transaction(async (tx) => {
      const [cancelled] = await tx.select({ id: registrations.id, status: registrations.status }).from(registrations)
        .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, ['registered', 'waiting'])))
        .for('update');
      if (!cancelled) tx.rollback();
      await tx.update(registrations).set({ status: 'cancelled', waitingSince: null, updatedAt: new Date() }).where(eq(registrations.id, cancelled!.id));
      if (cancelled!.status !== 'registered') return { ok: true, promotedRegistrationId: null } as const;
      await releaseExtras(tx, cancelled!.id);
      const [next] = await tx.select({ id: registrations.id }).from(registrations)
        .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'waiting')))
        .orderBy(asc(registrations.waitingSince), asc(registrations.createdAt), asc(registrations.id))
        .limit(1).for('update', { skipLocked: true });
      if (!next) {
        await tx.update(activities).set({ seatsTaken: sql`${activities.seatsTaken} - 1` }).where(eq(activities.id, activityId));
        return { ok: true, promotedRegistrationId: null } as const;
      }
      await tx.update(registrations).set({ status: 'registered', waitingSince: null, updatedAt: new Date() }).where(eq(registrations.id, next.id));
      await claimWaitingExtras(tx, next.id);
      return { ok: true, promotedRegistrationId: next.id } as const;
    });
  } catch (err) {
    if (err instanceof TransactionRollbackError) return { ok: false, reason: 'not-found' };
    throw err;
  }
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
async function claimWaitingExtras(tx: Tx, registrationId: string): Promise<void> {
  const wanted = await tx.select({ extraId: registrationExtras.extraId }).from(registrationExtras)
    .where(and(eq(registrationExtras.registrationId, registrationId), eq(registrationExtras.claimed, false)));
  for (const { extraId } of wanted) {
    if (await claimExtra(tx, extraId)) {
      await tx.update(registrationExtras).set({ claimed: true })
        .where(and(eq(registrationExtras.registrationId, registrationId), eq(registrationExtras.extraId, extraId)));
    }
  }
}
