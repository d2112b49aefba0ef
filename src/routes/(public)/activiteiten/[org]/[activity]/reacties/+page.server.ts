import { redirect } from '@sveltejs/kit';
import { listReactions } from '$lib/features/activity-community/data.server';
import { deleteOwnReaction, postReaction, reactionFailures } from '$lib/features/activity-community/mutations.server';
import { canReaction } from '$lib/features/activity-community/policy';
import { reactionIdSchema, reactionSchema } from '$lib/features/activity-community/schema';
import { defineAction } from '$lib/server/actions';
import { requireActivity } from '$lib/features/activities/access.server';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Whoever may view the activity reads its visible reactions; an author also sees their own hidden
// ones, marked as hidden. Posting needs a signed-in person of the activity's audience.
export const load: PageServerLoad = async (event) => {
  const { actor, activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'view');
  return {
    title: activity.title,
    reactions: await listReactions(activity.id, actor?.personId ?? null),
    viewerId: actor?.personId ?? null,
    canPost: canReaction(actor, 'post', { activity: subject }),
    signedIn: actor !== null,
    posted: event.url.searchParams.has('geplaatst')
  };
};

/** Posting: a signed-in person of the activity's audience whom the reactions' policy allows. */
async function poster(event: RequestEvent) {
  const { activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'register');
  const actor = requireActor(event);
  requireAllowed(event, canReaction(actor, 'post', { activity: subject }));
  return { actor, activity };
}

async function author(event: RequestEvent) {
  const { activity } = await requireActivity(event, event.params.org, event.params.activity, 'register');
  return { actor: requireActor(event), activity };
}

export const actions = {
  post: defineAction({
    form: 'post',
    access: poster,
    schema: reactionSchema,
    run: ({ access: { actor, activity }, input }) => postReaction(activity.id, actor.personId, input.body),
    // Back to the page with a GET: a reload then shows the reaction instead of posting it again.
    done: (_id, { event }) => redirect(303, `${event.url.pathname}?geplaatst=1`)
  }),
  delete: defineAction({
    form: 'delete',
    access: author,
    schema: reactionIdSchema,
    // The author is checked in SQL: someone else's reaction id deletes nothing and reads as not found.
    run: ({ access: { actor, activity }, input }) => deleteOwnReaction(activity.id, actor.personId, input.reactionId),
    failures: reactionFailures,
    done: () => ({ saved: 'deleted' as const })
  })
} satisfies Actions;
