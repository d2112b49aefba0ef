import { listPendingJoinRequests } from '$lib/features/schools/data.server';
import { decideJoinRequest, joinDecisionFailures } from '$lib/features/schools/mutations.server';
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
  approveJoin: defineAction({
    form: 'decideJoin',
    access: requirePlatformJoinInbox,
    schema: joinDecisionSchema,
    run: ({ access, input }) => decideJoinRequest(access.inbox, input.requestId, 'approve', access.actor.personId),
    failures: joinDecisionFailures,
    done: () => ({ decided: 'approve' as const })
  }),
  declineJoin: defineAction({
    form: 'decideJoin',
    access: requirePlatformJoinInbox,
    schema: joinDecisionSchema,
    run: ({ access, input }) => decideJoinRequest(access.inbox, input.requestId, 'decline', access.actor.personId),
    failures: joinDecisionFailures,
    done: () => ({ decided: 'decline' as const })
  })
} satisfies Actions;
