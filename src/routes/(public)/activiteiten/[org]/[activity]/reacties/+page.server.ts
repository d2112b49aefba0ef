import { redirect } from '@sveltejs/kit';
import { listReactions } from '$lib/features/activity-community/data.server';
import { deleteOwnReaction, postReaction, reactionFailures } from '$lib/features/activity-community/mutations.server';
import { reactionIdSchema, reactionSchema } from '$lib/features/activity-community/schema';
import { defineAction } from '$lib/server/actions';
import { requireReactionAuthor, requireReactions } from '$lib/features/activity-community/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Whoever may view the activity reads its visible reactions; an author also sees their own hidden
// ones, marked as hidden. Posting needs a signed-in person of the activity's audience.
export const load: PageServerLoad = async (event) => {
  const { actor, activity, visible, abilities } = await requireReactions(event, event.params.org, event.params.activity);
  return {
    title: activity.title,
    reactions: await listReactions(visible, actor?.personId ?? null),
    viewerId: actor?.personId ?? null,
    abilities: { postReaction: abilities.postReaction },
    signedIn: actor !== null,
    posted: event.url.searchParams.has('geplaatst')
  };
};

export const actions = {
  post: defineAction({
    form: 'post',
    access: (event: RequestEvent) => requireReactionAuthor(event, event.params.org, event.params.activity, 'post'),
    schema: reactionSchema,
    run: ({ access: { author }, input }) => postReaction(author, input.body),
    // Back to the page with a GET: a reload then shows the reaction instead of posting it again.
    done: (_id, { event }) => redirect(303, `${event.url.pathname}?geplaatst=1`)
  }),
  delete: defineAction({
    form: 'delete',
    access: (event: RequestEvent) => requireReactionAuthor(event, event.params.org, event.params.activity, 'delete-own'),
    schema: reactionIdSchema,
    // The author is checked in SQL: someone else's reaction id deletes nothing and reads as not found.
    run: ({ access: { author }, input }) => deleteOwnReaction(author, input.reactionId),
    failures: reactionFailures,
    done: () => ({ saved: 'deleted' as const })
  })
} satisfies Actions;
