import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '$lib/server/db/client';
import { activityReactions, activityTravelOffers } from './tables.server';
import { people } from '../people/tables.server';
import { registrations } from '../registrations/tables.server';
import { participantStatuses } from './rules';
import type { ActivityHandle, ManagedActivity } from '../activities/types';
import type { TravelBoardViewer } from './types';

// A board entry counts only while its owner is still a participant (a cancelled registration
// drops off the board without erasing the entry the person may still withdraw).
function participantOf(activityId: string, personIdColumn: typeof activityTravelOffers.personId | string) {
  return sql`exists (select 1 from ${registrations} r where r.activity_id = ${activityId}
    and r.person_id = ${personIdColumn} and r.status in (${sql.join(participantStatuses.map((s) => sql`${s}`), sql`, `)}))`;
}

/** The person's standing on an activity's board: whether they are a participant and their entry. */
export async function findTravelStanding(activityId: string, personId: string) {
  const [registration] = await db().select({ status: registrations.status }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, [...participantStatuses])));
  const [offer] = await db().select({
    fromPlace: activityTravelOffers.fromPlace, mode: activityTravelOffers.mode, contact: activityTravelOffers.contact,
    note: activityTravelOffers.note, updatedAt: activityTravelOffers.updatedAt
  }).from(activityTravelOffers).where(and(eq(activityTravelOffers.activityId, activityId), eq(activityTravelOffers.personId, personId)));
  return { isParticipant: !!registration, offer: offer ?? null };
}

/** How many participants are on the board: the only thing people outside it learn. */
export async function countTravelBoard(activity: ActivityHandle): Promise<number> {
  const activityId = activity.id;
  const [row] = await db().select({ count: sql<number>`count(*)::int` }).from(activityTravelOffers)
    .where(and(eq(activityTravelOffers.activityId, activityId), participantOf(activityId, activityTravelOffers.personId)));
  return row?.count ?? 0;
}

/**
 * The board with names and contact details, for a viewer who is on it. The viewer's own opt-in is
 * checked again in SQL, so a call for someone not on the board returns nothing (see canTravelBoard).
 */
export async function listTravelBoardFor(viewer: TravelBoardViewer) {
  const { activityId, personId: viewerPersonId } = viewer;
  const viewerOnBoard = sql`exists (select 1 from ${activityTravelOffers} v where v.activity_id = ${activityId}
    and v.person_id = ${viewerPersonId}) and ${participantOf(activityId, viewerPersonId)}`;
  return db().select({
    personId: activityTravelOffers.personId, name: people.name, fromPlace: activityTravelOffers.fromPlace,
    mode: activityTravelOffers.mode, contact: activityTravelOffers.contact, note: activityTravelOffers.note
  }).from(activityTravelOffers)
    .innerJoin(people, eq(people.id, activityTravelOffers.personId))
    .where(and(eq(activityTravelOffers.activityId, activityId), participantOf(activityId, activityTravelOffers.personId), viewerOnBoard))
    .orderBy(asc(activityTravelOffers.fromPlace), asc(people.name));
}

/** Reactions a viewer sees: the visible ones, plus their own hidden ones (marked on the page). */
export async function listReactions(activity: ActivityHandle, viewerPersonId: string | null) {
  const activityId = activity.id;
  const shown = viewerPersonId === null ? isNull(activityReactions.hiddenAt)
    : or(isNull(activityReactions.hiddenAt), eq(activityReactions.personId, viewerPersonId));
  return db().select({
    id: activityReactions.id, personId: activityReactions.personId, name: people.name, body: activityReactions.body,
    hiddenAt: activityReactions.hiddenAt, createdAt: activityReactions.createdAt
  }).from(activityReactions)
    .innerJoin(people, eq(people.id, activityReactions.personId))
    .where(and(eq(activityReactions.activityId, activityId), shown))
    .orderBy(asc(activityReactions.createdAt), asc(activityReactions.id));
}

/** Every reaction of an activity, hidden ones included, for its organisers. */
export async function listAllReactions(activity: ManagedActivity) {
  const activityId = activity.id;
  const hider = alias(people, 'hider');
  return db().select({
    id: activityReactions.id, personId: activityReactions.personId, name: people.name, body: activityReactions.body,
    hiddenAt: activityReactions.hiddenAt, hiddenByName: hider.name, createdAt: activityReactions.createdAt
  }).from(activityReactions)
    .innerJoin(people, eq(people.id, activityReactions.personId))
    .leftJoin(hider, eq(hider.id, activityReactions.hiddenBy))
    .where(eq(activityReactions.activityId, activityId))
    .orderBy(asc(activityReactions.createdAt), asc(activityReactions.id));
}
