import { listAllReactions } from '$lib/features/activity-community/data.server';
import { moderateReaction, type Moderation } from '$lib/features/activity-community/mutations.server';
import { canReaction } from '$lib/features/activity-community/policy';
import { reactionDeleteSchema, reactionIdSchema } from '$lib/features/activity-community/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireManagedActivity } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent) {
  const managed = await requireManagedActivity(event, event.params.org, event.params.activity);
  requireAllowed(event, canReaction(managed.actor, 'moderate', { activity: managed.activity }));
  return managed;
}

export const load: PageServerLoad = async (event) => {
  const { activity } = await guard(event);
  return { title: activity.title, reactions: await listAllReactions(activity.id) };
};

/** Every moderation is scoped in SQL by the activity (and organisation) the guard resolved. */
async function moderate(event: RequestEvent, action: Moderation) {
  const { actor, activity, organisationId } = await guard(event);
  const data = await event.request.formData();
  const parsed = parseForm(action === 'delete' ? reactionDeleteSchema : reactionIdSchema, data);
  if (!parsed.ok) return formFail(400, parsed.failure, action);
  if (!(await moderateReaction(organisationId, activity.id, parsed.data.reactionId, action, actor.personId))) {
    return fieldFail(404, 'form', 'communityReactionNotFound', data, action);
  }
  return { saved: action };
}

export const actions: Actions = {
  hide: async (event) => moderate(event, 'hide'),
  unhide: async (event) => moderate(event, 'unhide'),
  delete: async (event) => moderate(event, 'delete')
};
