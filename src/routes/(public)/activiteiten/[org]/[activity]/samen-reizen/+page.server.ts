import { countTravelBoard, findTravelStanding, listTravelBoardFor } from '$lib/features/activity-community/data.server';
import { saveTravelOffer, travelOfferFailures, withdrawFailures, withdrawTravelOffer } from '$lib/features/activity-community/mutations.server';
import { canTravelBoard, type TravelBoardAction } from '$lib/features/activity-community/policy';
import { travelOfferSchema, travelWithdrawSchema } from '$lib/features/activity-community/schema';
import { findActivity } from '$lib/features/activities/data.server';
import type { ActivitySubject } from '$lib/features/activities/policy';
import type { Actor } from '$lib/features/people/types';
import { defineAction } from '$lib/server/actions';
import { requireActivity } from '$lib/features/activities/access.server';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function boardSubject(actor: Actor | null, activityId: string, activity: ActivitySubject) {
  const standing = actor ? await findTravelStanding(activityId, actor.personId) : { isParticipant: false, offer: null };
  return { standing, subject: { activity, isParticipant: standing.isParticipant, hasOptedIn: standing.offer !== null } };
}

/** The actions: a signed-in person of the activity's audience, then the board's own rule. */
async function guard(event: RequestEvent, action: TravelBoardAction) {
  const { activity, subject: activitySubject } = await requireActivity(event, event.params.org, event.params.activity, 'register');
  const actor = requireActor(event);
  const { subject } = await boardSubject(actor, activity.id, activitySubject);
  requireAllowed(event, canTravelBoard(actor, action, subject));
  return { actor, activity };
}

/**
 * Leaving the board: whoever has an entry may always erase it, also after leaving the activity's
 * audience (a colleague who left the school), so their contact details never stay behind. Anyone
 * else goes through the usual guard, so a network's activity still does not exist for outsiders.
 */
async function guardWithdraw(event: RequestEvent) {
  const actor = event.locals.actor;
  const activity = actor ? await findActivity(event.params.org, event.params.activity) : null;
  if (actor && activity) {
    const { subject } = await boardSubject(actor, activity.id, activity);
    if (subject.hasOptedIn && canTravelBoard(actor, 'withdraw', subject)) return { actor, activity };
  }
  return guard(event, 'withdraw');
}

// Anyone who may view the activity reads the explanation and the headcount; names and contact
// details only reach participants who are on the board themselves (canTravelBoard).
export const load: PageServerLoad = async (event) => {
  const { actor, activity, subject: activitySubject } = await requireActivity(event, event.params.org, event.params.activity, 'view');
  const { standing, subject } = await boardSubject(actor, activity.id, activitySubject);
  const seesBoard = canTravelBoard(actor, 'see-board', subject);
  const [count, board] = await Promise.all([
    countTravelBoard(activity.id),
    seesBoard && actor ? listTravelBoardFor(activity.id, actor.personId) : Promise.resolve([])
  ]);
  return {
    title: activity.title, count, board, seesBoard, signedIn: actor !== null, viewerId: actor?.personId ?? null,
    own: standing.offer, canOptIn: canTravelBoard(actor, 'opt-in', subject)
  };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: (event: RequestEvent) => guard(event, 'opt-in'),
    schema: travelOfferSchema,
    run: ({ access: { actor, activity }, input }) => saveTravelOffer(activity.id, actor.personId, input),
    failures: travelOfferFailures,
    done: (result) => ({ saved: result.created ? 'joined' : 'updated' })
  }),
  withdraw: defineAction({
    form: 'withdraw',
    access: guardWithdraw,
    schema: travelWithdrawSchema,
    run: ({ access: { actor, activity } }) => withdrawTravelOffer(activity.id, actor.personId),
    failures: withdrawFailures,
    done: () => ({ saved: 'withdrawn' })
  })
} satisfies Actions;
