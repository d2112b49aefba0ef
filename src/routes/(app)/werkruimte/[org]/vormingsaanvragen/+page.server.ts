import { redirect } from '@sveltejs/kit';
import { listOrganisationRequests } from '$lib/features/training-requests/data.server';
import { acceptTrainingRequest, decisionFailures, declineTrainingRequest } from '$lib/features/training-requests/mutations.server';
import { canTrainingRequest, type TrainingRequestAction } from '$lib/features/training-requests/policy';
import { planTrainingSchema, requestIdSchema } from '$lib/features/training-requests/schema';
import { defineAction } from '$lib/server/actions';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import { requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: TrainingRequestAction) {
  const workspace = await requireOrganisation(event, event.params.org, 'view-workspace');
  requireAllowed(event, canTrainingRequest(workspace.actor, action, { organisationId: workspace.organisation.id }));
  return workspace;
}

// The organisation's facilitators and coaches read the inbox; only facilitators decide.
export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId } = await guard(event, 'view-inbox');
  return {
    requests: await listOrganisationRequests(organisationId),
    canDecide: canTrainingRequest(actor, 'decide', { organisationId: organisation.id })
  };
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
