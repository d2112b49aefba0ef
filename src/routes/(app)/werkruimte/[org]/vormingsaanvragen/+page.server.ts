import { redirect } from '@sveltejs/kit';
import { listOrganisationRequests } from '$lib/features/training-requests/data.server';
import { acceptTrainingRequest, decisionFailures, declineTrainingRequest } from '$lib/features/training-requests/mutations.server';
import { planTrainingSchema, requestIdSchema } from '$lib/features/training-requests/schema';
import { defineAction } from '$lib/server/actions';
import { requireRequestInbox } from '$lib/features/training-requests/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent, action: 'view' | 'decide') => requireRequestInbox(event, event.params.org, action);

// The organisation's facilitators and coaches read the inbox; only facilitators decide.
export const load: PageServerLoad = async (event) => {
  const { organisationId, abilities } = await guard(event, 'view');
  return { requests: await listOrganisationRequests(organisationId), abilities: { decide: abilities.decide } };
};

export const actions = {
  decline: defineAction({
    form: 'decline',
    access: (event: RequestEvent) => guard(event, 'decide'),
    schema: requestIdSchema,
    run: ({ access, input }) => declineTrainingRequest(access.organisationId, input.requestId, access.actor.personId),
    failures: decisionFailures,
    done: () => ({ saved: 'declined' })
  }),
  accept: defineAction({
    form: 'accept',
    access: (event: RequestEvent) => guard(event, 'decide'),
    schema: planTrainingSchema,
    run: ({ access, input }) => acceptTrainingRequest(access.organisationId, input.requestId, access.actor.personId, input.plan),
    failures: decisionFailures,
    done: (result, { access }) => redirect(303, `/werkruimte/${access.organisation.slug}/activiteiten/${result.slug}`)
  })
} satisfies Actions;
