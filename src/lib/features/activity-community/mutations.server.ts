import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { activityReactions, activityTravelOffers } from './tables.server';
import { activities } from '../activities/tables.server';
import { registrations } from '../registrations/tables.server';
import type { FailureMap } from '$lib/server/failures';
import { participantStatuses } from './rules';
import type { TravelOfferInput } from './schema';
import type { ManagedActivity } from '../activities/types';
import type { ReactionAuthor, TravelBoardEntry } from './types';

export type TravelOfferResult = { ok: true; created: boolean } | { ok: false; reason: 'not-participant' };
export type WithdrawResult = { ok: true } | { ok: false; reason: 'not-on-board' };
export type ReactionResult = { ok: true } | { ok: false; reason: 'not-found' };

export const travelOfferFailures = { 'not-participant': { status: 409, key: 'communityNotParticipant' } } satisfies FailureMap<TravelOfferResult>;
export const withdrawFailures = { 'not-on-board': { status: 404, key: 'communityNotOnBoard' } } satisfies FailureMap<WithdrawResult>;
export const reactionFailures = { 'not-found': { status: 404, key: 'communityReactionNotFound' } } satisfies FailureMap<ReactionResult>;

/**
 * Puts a participant on the board or updates their entry. Being a participant is checked again in
 * the same transaction (the route's policy already did), so a cancelled registration cannot join.
 */
export async function saveTravelOffer(entry: TravelBoardEntry, input: TravelOfferInput, now = new Date()): Promise<TravelOfferResult> {
  const { activityId, personId } = entry;
  return db().transaction(async (tx) => {
    const [registration] = await tx.select({ id: registrations.id }).from(registrations)
      .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, [...participantStatuses])));
    if (!registration) return { ok: false, reason: 'not-participant' } as const;
    const [existing] = await tx.select({ personId: activityTravelOffers.personId }).from(activityTravelOffers)
      .where(and(eq(activityTravelOffers.activityId, activityId), eq(activityTravelOffers.personId, personId)));
    await tx.insert(activityTravelOffers).values({ activityId, personId, ...input, updatedAt: now })
      .onConflictDoUpdate({ target: [activityTravelOffers.activityId, activityTravelOffers.personId], set: { ...input, updatedAt: now } });
    return { ok: true, created: !existing } as const;
  });
}

/** Opting out erases the entry (contact details included), not just hides it. */
export async function withdrawTravelOffer(entry: TravelBoardEntry): Promise<WithdrawResult> {
  const { activityId, personId } = entry;
  const rows = await db().delete(activityTravelOffers)
    .where(and(eq(activityTravelOffers.activityId, activityId), eq(activityTravelOffers.personId, personId)))
    .returning({ personId: activityTravelOffers.personId });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'not-on-board' };
}

export async function postReaction(author: ReactionAuthor, body: string): Promise<string> {
  const { activityId, personId } = author;
  const [row] = await db().insert(activityReactions).values({ activityId, personId, body }).returning({ id: activityReactions.id });
  return row!.id;
}

/** An author deletes their own reaction; the ids scope it in SQL, so nobody else's goes. */
export async function deleteOwnReaction(author: ReactionAuthor, reactionId: string): Promise<ReactionResult> {
  const { activityId, personId } = author;
  const rows = await db().delete(activityReactions)
    .where(and(eq(activityReactions.id, reactionId), eq(activityReactions.activityId, activityId), eq(activityReactions.personId, personId)))
    .returning({ id: activityReactions.id });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export type Moderation = 'hide' | 'unhide' | 'delete';

/**
 * An organiser hides, shows again or deletes a reaction of one of their activities. Scoped in SQL
 * by the reaction, the activity the guard resolved and that activity's organisation (the handle's): a reaction id
 * of another activity (or another organisation) changes nothing and reports not found.
 */
export async function moderateReaction(activity: ManagedActivity, reactionId: string, action: Moderation, moderatorId: string, now = new Date()): Promise<ReactionResult> {
  const activityId = activity.id;
  const scope = and(
    eq(activityReactions.id, reactionId),
    eq(activityReactions.activityId, activityId),
    sql`exists (select 1 from ${activities} a where a.id = ${activityReactions.activityId} and a.organisation_id = ${activity.organisationId})`
  );
  const rows = action === 'delete'
    ? await db().delete(activityReactions).where(scope).returning({ id: activityReactions.id })
    : await db().update(activityReactions)
      .set(action === 'hide' ? { hiddenAt: now, hiddenBy: moderatorId } : { hiddenAt: null, hiddenBy: null })
      .where(scope).returning({ id: activityReactions.id });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}
