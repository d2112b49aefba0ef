import { redirect } from '@sveltejs/kit';
import { listReactions } from '$lib/features/activity-community/data.server';
import { deleteOwnReaction, postReaction } from '$lib/features/activity-community/mutations.server';
import { canReaction } from '$lib/features/activity-community/policy';
import { reactionIdSchema, reactionSchema } from '$lib/features/activity-community/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireActivity, requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

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

export const actions: Actions = {
  post: async (event) => {
    const { activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'register');
    const actor = requireActor(event);
    requireAllowed(event, canReaction(actor, 'post', { activity: subject }));
    const parsed = parseForm(reactionSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'post');
    await postReaction(activity.id, actor.personId, parsed.data.body);
    // Back to the page with a GET: a reload then shows the reaction instead of posting it again.
    redirect(303, `${event.url.pathname}?geplaatst=1`);
  },
  delete: async (event) => {
    const { activity } = await requireActivity(event, event.params.org, event.params.activity, 'register');
    const actor = requireActor(event);
    const data = await event.request.formData();
    const parsed = parseForm(reactionIdSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'delete');
    // The author is checked in SQL: someone else's reaction id deletes nothing and reads as not found.
    if (!(await deleteOwnReaction(activity.id, actor.personId, parsed.data.reactionId))) return fieldFail(404, 'form', 'communityReactionNotFound', data, 'delete');
    return { saved: 'deleted' };
  }
};
