import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { ManagedActivity } from '../activities/types';
import { activities } from '../activities/tables.server';
import { registrations } from '../registrations/tables.server';
import type { FailureMap } from '$lib/server/failures';
import { checkInOpen, seatedStatuses, type SeatedStatus } from './rules';

export type ParticipantChangeResult = { ok: true } | { ok: false; reason: 'not-found' | 'not-seated' };
export type CheckInResult = ParticipantChangeResult | { ok: false; reason: 'too-early' };

export const participantChangeFailures = {
  'not-found': { status: 404, key: 'participantsRegistrationNotFound' },
  'not-seated': { status: 409, key: 'participantsNotSeated' }
} satisfies FailureMap<ParticipantChangeResult>;

export const checkInFailures = {
  ...participantChangeFailures,
  'too-early': { status: 409, key: 'participantsCheckInTooEarly' }
} satisfies FailureMap<CheckInResult>;

/** The organiser cancels on someone's behalf (through the registrations' seat engine). */
export const organiserCancelFailures = {
  'not-found': { status: 404, key: 'participantsRegistrationNotFound' },
  started: { status: 409, key: 'participantsCancelStarted' }
} satisfies FailureMap<{ ok: false; reason: 'not-found' | 'started' }>;

/** Why no seated registration of this activity matched: it is another activity's (or none), or it holds no seat. */
async function missReason(tx: Tx, activityId: string, registrationId: string): Promise<'not-found' | 'not-seated'> {
  const [row] = await tx.select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.activityId, activityId)));
  return row ? 'not-seated' : 'not-found';
}

/**
 * Marks a seated registration as paid (keeping the first payment date when marked twice) or
 * not paid. Scoped by the activity in SQL: another activity's registration id changes nothing.
 */
export async function setPaid(activity: ManagedActivity, registrationId: string, paid: boolean, now = new Date()): Promise<ParticipantChangeResult> {
  const activityId = activity.id;
  return db().transaction(async (tx) => {
    const [row] = await tx.update(registrations)
      .set({ paidAt: paid ? sql`coalesce(${registrations.paidAt}, ${now.toISOString()}::timestamptz)` : null, updatedAt: now })
      .where(and(eq(registrations.id, registrationId), eq(registrations.activityId, activityId), inArray(registrations.status, [...seatedStatuses])))
      .returning({ id: registrations.id });
    return row ? { ok: true } as const : { ok: false, reason: await missReason(tx, activityId, registrationId) } as const;
  });
}

/**
 * Checks a seated person in as attended or absent, or back to registered to undo a mistake. The
 * seat stays theirs either way. Refused before the activity's first day (Brussels date).
 */
export async function setCheckIn(activity: ManagedActivity, registrationId: string, status: SeatedStatus, now = new Date()): Promise<CheckInResult> {
  const activityId = activity.id;
  return db().transaction(async (tx) => {
    const [activity] = await tx.select({ startsAt: activities.startsAt }).from(activities).where(eq(activities.id, activityId));
    if (!activity) return { ok: false, reason: 'not-found' } as const;
    if (!checkInOpen(activity.startsAt, now)) return { ok: false, reason: 'too-early' } as const;
    const [row] = await tx.update(registrations).set({ status, updatedAt: now })
      .where(and(eq(registrations.id, registrationId), eq(registrations.activityId, activityId), inArray(registrations.status, [...seatedStatuses])))
      .returning({ id: registrations.id });
    return row ? { ok: true } as const : { ok: false, reason: await missReason(tx, activityId, registrationId) } as const;
  });
}
