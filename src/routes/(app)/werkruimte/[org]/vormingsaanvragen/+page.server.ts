import { redirect } from '@sveltejs/kit';
import { listOrganisationRequests } from '$lib/features/training-requests/data.server';
import { acceptTrainingRequest, declineTrainingRequest } from '$lib/features/training-requests/mutations.server';
import { canTrainingRequest, type TrainingRequestAction } from '$lib/features/training-requests/policy';
import { planTimes } from '$lib/features/training-requests/rules';
import { planTrainingSchema, requestIdSchema } from '$lib/features/training-requests/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireOrganisation } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: TrainingRequestAction) {
  const workspace = await requireOrganisation(event, event.params.org, 'view-workspace');
  requireAllowed(event, canTrainingRequest(workspace.actor, action, { organisationId: workspace.organisation.id }));
  return workspace;
}

const decisionFailure = (reason: 'not-found' | 'already-decided') =>
  reason === 'not-found' ? { status: 404 as const, key: 'communityRequestNotFound' } : { status: 409 as const, key: 'communityRequestDecided' };

// The organisation's facilitators and coaches read the inbox; only facilitators decide.
export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId } = await guard(event, 'view-inbox');
  return {
    requests: await listOrganisationRequests(organisationId),
    canDecide: canTrainingRequest(actor, 'decide', { organisationId: organisation.id })
  };
};

export const actions: Actions = {
  decline: async (event) => {
    const { actor, organisationId } = await guard(event, 'decide');
    const data = await event.request.formData();
    const parsed = parseForm(requestIdSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'decline');
    const result = await declineTrainingRequest(organisationId, parsed.data.requestId, actor.personId);
    if (!result.ok) {
      const { status, key } = decisionFailure(result.reason);
      return fieldFail(status, 'form', key, data, 'decline');
    }
    return { saved: 'declined' };
  },
  accept: async (event) => {
    const { actor, organisation, organisationId } = await guard(event, 'decide');
    const data = await event.request.formData();
    const parsed = parseForm(planTrainingSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'accept');
    const times = planTimes(parsed.data, new Date());
    if (!times.ok) return fieldFail(400, times.field, times.key, data, 'accept');
    const { title, location, capacity } = parsed.data;
    const result = await acceptTrainingRequest(organisationId, parsed.data.requestId, actor.personId, { title, location, capacity, ...times });
    if (!result.ok) {
      const { status, key } = decisionFailure(result.reason);
      return fieldFail(status, 'form', key, data, 'accept');
    }
    redirect(303, `/werkruimte/${organisation.slug}/activiteiten/${result.slug}`);
  }
};
