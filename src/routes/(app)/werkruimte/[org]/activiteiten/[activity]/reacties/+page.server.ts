import { listAllReactions } from '$lib/features/activity-community/data.server';
import { moderateReaction, reactionFailures, type Moderation } from '$lib/features/activity-community/mutations.server';
import { reactionDeleteSchema, reactionIdSchema } from '$lib/features/activity-community/schema';
import { defineAction } from '$lib/server/actions';
import { requireModeration } from '$lib/features/activity-community/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireModeration(event, event.params.org, event.params.activity);

export const load: PageServerLoad = async (event) => {
  const { activity, managed } = await guard(event);
  return { title: activity.title, reactions: await listAllReactions(managed) };
};

/** Every moderation is scoped in SQL by the activity (and organisation) the guard resolved. */
const moderate = (action: Moderation) =>
  ({ access: { actor, managed }, input }: { access: Awaited<ReturnType<typeof guard>>; input: { reactionId: string } }) =>
    moderateReaction(managed, input.reactionId, action, actor.personId);

export const actions = {
  hide: defineAction({
    form: 'hide', access: guard, schema: reactionIdSchema, run: moderate('hide'), failures: reactionFailures, done: () => ({ saved: 'hide' as const })
  }),
  unhide: defineAction({
    form: 'unhide', access: guard, schema: reactionIdSchema, run: moderate('unhide'), failures: reactionFailures, done: () => ({ saved: 'unhide' as const })
  }),
  // Deleting cannot be undone: its form carries a confirmation.
  delete: defineAction({
    form: 'delete', access: guard, schema: reactionDeleteSchema, run: moderate('delete'), failures: reactionFailures, done: () => ({ saved: 'delete' as const })
  })
} satisfies Actions;
