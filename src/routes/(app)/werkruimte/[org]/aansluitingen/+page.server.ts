import { listPendingJoinRequests } from '$lib/features/schools/data.server';
import { decideFromInbox, joinDecisionFailures } from '$lib/features/schools/mutations.server';
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
  decideJoin: defineAction({
    form: 'decideJoin', access: inbox, schema: joinDecisionSchema, run: decideFromInbox, failures: joinDecisionFailures,
    done: (result) => ({ decided: result.decision })
  })
} satisfies Actions;
