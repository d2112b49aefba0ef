// Who may read and write an activity's community (ADR 020): the reactions and the travel-together
// board. The guards ask the community policy and mint the handles its data and mutations take.
import { forbidden, requireActor, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireActivity, requireManagedActivity } from '../activities/access.server';
import { findActivity } from '../activities/data.server';
import type { ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';
import { findTravelStanding } from './data.server';
import { canReaction, canTravelBoard, communityAbilities, type TravelBoardAction } from './policy';
import type { ReactionAuthor, TravelBoardEntry, TravelBoardViewer } from './types';

const ref = (activityId: string, personId: string) => ({ activityId, personId });

/** The reactions page: whoever may view the activity, with what they may do there. */
export async function requireReactions(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'view');
  return { ...guarded, abilities: communityAbilities(guarded.actor, guarded.subject) };
}

/** Posting ('post') or deleting one's own reaction ('delete-own'): a signed-in person of the audience. */
export async function requireReactionAuthor(event: GuardEvent, organisationSlug: string, activitySlug: string, action: 'post' | 'delete-own') {
  const { activity, subject } = await requireActivity(event, organisationSlug, activitySlug, 'register');
  const actor = requireActor(event);
  if (action === 'post' && !canReaction(actor, 'post', { activity: subject })) forbidden(event.locals);
  // Deleting checks the author in SQL: someone else's reaction id deletes nothing.
  const author: ReactionAuthor = Object.assign(grant('reaction-author', actor.personId), ref(activity.id, actor.personId));
  return { actor, activity, author };
}

/** Moderating the reactions: the facilitators who manage the activity. */
export async function requireModeration(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const managed = await requireManagedActivity(event, organisationSlug, activitySlug);
  if (!canReaction(managed.actor, 'moderate', { activity: managed.activity })) forbidden(event.locals);
  return managed;
}

async function boardSubject(actor: Actor | null, activityId: string, activity: ActivitySubject) {
  const standing = actor ? await findTravelStanding(activityId, actor.personId) : { isParticipant: false, offer: null };
  return { standing, subject: { activity, isParticipant: standing.isParticipant, hasOptedIn: standing.offer !== null } };
}

/**
 * The board's page: anyone who may view the activity reads the explanation and the headcount;
 * `viewer` (names and contact details) only for a participant who is on the board themself.
 */
export async function requireTravelBoard(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'view');
  const { actor, activity } = guarded;
  const { standing, subject } = await boardSubject(actor, activity.id, guarded.subject);
  const abilities = communityAbilities(actor, guarded.subject, subject);
  const viewer: TravelBoardViewer | null = abilities.seeBoard && actor
    ? Object.assign(grant('travel-board-viewer', actor.personId), ref(activity.id, actor.personId)) : null;
  return { ...guarded, standing, abilities, viewer };
}

function entryOf(actor: Actor, activity: { id: string }) {
  const entry: TravelBoardEntry = Object.assign(grant('travel-board-entry', actor.personId), ref(activity.id, actor.personId));
  return { actor, activity, entry };
}

/** Joining or changing one's entry ('opt-in'): a participant of the activity's audience. */
async function requireBoardAction(event: GuardEvent, organisationSlug: string, activitySlug: string, action: TravelBoardAction) {
  const { activity, subject: activitySubject } = await requireActivity(event, organisationSlug, activitySlug, 'register');
  const actor = requireActor(event);
  const { subject } = await boardSubject(actor, activity.id, activitySubject);
  if (!canTravelBoard(actor, action, subject)) forbidden(event.locals);
  return entryOf(actor, activity);
}

export const requireTravelOptIn = (event: GuardEvent, organisationSlug: string, activitySlug: string) =>
  requireBoardAction(event, organisationSlug, activitySlug, 'opt-in');

/**
 * Leaving the board: whoever has an entry may always erase it, also after leaving the activity's
 * audience (a colleague who left the school), so their contact details never stay behind. Anyone
 * else goes through the usual guard, so a network's activity still does not exist for outsiders.
 */
export async function requireTravelWithdrawal(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const actor = event.locals.actor;
  const activity = actor ? await findActivity(organisationSlug, activitySlug) : null;
  if (actor && activity) {
    const { subject } = await boardSubject(actor, activity.id, activity);
    if (subject.hasOptedIn && canTravelBoard(actor, 'withdraw', subject)) return entryOf(actor, activity);
  }
  return requireBoardAction(event, organisationSlug, activitySlug, 'withdraw');
}
