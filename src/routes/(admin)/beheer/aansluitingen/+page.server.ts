import { listPendingJoinRequests } from '$lib/features/schools/data.server';
import { decideFromInbox, joinDecisionFailures } from '$lib/features/schools/mutations.server';
import { joinDecisionSchema } from '$lib/features/schools/schema';
import { defineAction } from '$lib/server/actions';
import { requirePlatformJoinInbox } from '$lib/features/schools/access.server';
import type { Actions, PageServerLoad } from './$types';

// Requests to join schools that have no coordinator and are in no network this or last school year.
export const load: PageServerLoad = async (event) => {
  const { inbox } = requirePlatformJoinInbox(event);
  return { requests: await listPendingJoinRequests(inbox) };
};

export const actions = {
  decideJoin: defineAction({
    form: 'decideJoin', access: requirePlatformJoinInbox, schema: joinDecisionSchema, run: decideFromInbox, failures: joinDecisionFailures,
    done: (result) => ({ decided: result.decision })
  })
} satisfies Actions;
