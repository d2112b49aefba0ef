import { countTravelBoard, listTravelBoardFor } from '$lib/features/activity-community/data.server';
import { saveTravelOffer, travelOfferFailures, withdrawFailures, withdrawTravelOffer } from '$lib/features/activity-community/mutations.server';
import { travelOfferSchema, travelWithdrawSchema } from '$lib/features/activity-community/schema';
import { defineAction } from '$lib/server/actions';
import { requireTravelBoard, requireTravelOptIn, requireTravelWithdrawal } from '$lib/features/activity-community/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Anyone who may view the activity reads the explanation and the headcount; names and contact
// details only reach participants who are on the board themselves (canTravelBoard).
export const load: PageServerLoad = async (event) => {
  const { actor, activity, visible, standing, abilities, viewer } = await requireTravelBoard(event, event.params.org, event.params.activity);
  const [count, board] = await Promise.all([countTravelBoard(visible), viewer ? listTravelBoardFor(viewer) : Promise.resolve([])]);
  return {
    title: activity.title, count, board, signedIn: actor !== null, viewerId: actor?.personId ?? null,
    own: standing.offer, abilities: { seeBoard: abilities.seeBoard, optIn: abilities.optIn }
  };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: (event: RequestEvent) => requireTravelOptIn(event, event.params.org, event.params.activity),
    schema: travelOfferSchema,
    run: ({ access: { entry }, input }) => saveTravelOffer(entry, input),
    failures: travelOfferFailures,
    done: (result) => ({ saved: result.created ? 'joined' : 'updated' })
  }),
  withdraw: defineAction({
    form: 'withdraw',
    access: (event: RequestEvent) => requireTravelWithdrawal(event, event.params.org, event.params.activity),
    schema: travelWithdrawSchema,
    run: ({ access: { entry } }) => withdrawTravelOffer(entry),
    failures: withdrawFailures,
    done: () => ({ saved: 'withdrawn' })
  })
} satisfies Actions;
