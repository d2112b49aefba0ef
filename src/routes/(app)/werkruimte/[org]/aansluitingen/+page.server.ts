import { listPendingJoinRequests } from '$lib/features/schools/data.server';
import { decideJoinRequest, joinDecisionFailures } from '$lib/features/schools/mutations.server';
import { joinDecisionSchema } from '$lib/features/schools/schema';
import { defineAction } from '$lib/server/actions';
import { requireOrganisationJoinInbox } from '$lib/features/schools/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const inbox = (event: RequestEvent) => requireOrganisationJoinInbox(event, event.params.org);

// Requests to join schools without coordinator that are in this organisation's networks this or last school year.
export const load: PageServerLoad = async (event) => {
  const { inbox } = await requireOrganisationJoinInbox(event, event.params.org);
  return { requests: await listPendingJoinRequests(inbox) };
};

export const actions = {
  approveJoin: defineAction({
    form: 'decideJoin',
    access: inbox,
    schema: joinDecisionSchema,
    run: ({ access, input }) => decideJoinRequest(access.inbox, input.requestId, 'approve', access.actor.personId),
    failures: joinDecisionFailures,
    done: () => ({ decided: 'approve' as const })
  }),
  declineJoin: defineAction({
    form: 'decideJoin',
    access: inbox,
    schema: joinDecisionSchema,
    run: ({ access, input }) => decideJoinRequest(access.inbox, input.requestId, 'decline', access.actor.personId),
    failures: joinDecisionFailures,
    done: () => ({ decided: 'decline' as const })
  })
} satisfies Actions;
