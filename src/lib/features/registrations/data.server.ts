import { and, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { activities, registrations } from '$lib/server/db/schema';

/** Headcount per registration status, and the seat counter, of one activity. */
export async function countRegistrations(activityId: string) {
  const rows = await db().select({ status: registrations.status, count: sql<number>`count(*)::int` }).from(registrations)
    .where(eq(registrations.activityId, activityId)).groupBy(registrations.status);
  const [activity] = await db().select({ seatsTaken: activities.seatsTaken, capacity: activities.capacity }).from(activities).where(eq(activities.id, activityId));
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.count])) as Partial<Record<string, number>>;
  return { ...byStatus, seatsTaken: activity?.seatsTaken ?? 0, capacity: activity?.capacity ?? 0 };
}

export async function listWaitingOrder(activityId: string): Promise<string[]> {
  const rows = await db().select({ personId: registrations.personId }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'waiting')))
    .orderBy(registrations.waitingSince, registrations.createdAt, registrations.id);
  return rows.map((r) => r.personId);
}
