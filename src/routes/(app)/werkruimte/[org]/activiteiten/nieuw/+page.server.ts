import { redirect } from '@sveltejs/kit';
import { createActivity } from '$lib/features/activities/mutations.server';
import { canActivity } from '$lib/features/activities/policy';
import { activityFormSchema } from '$lib/features/activities/schema';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { confirmableFail, fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireOrganisation } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Only the organisation's facilitators create activities (coaches follow them: see canActivity).
async function guard(event: RequestEvent) {
  const workspace = await requireOrganisation(event, event.params.org, 'view-workspace');
  requireAllowed(event, canActivity(workspace.actor, 'create', { organisationId: workspace.organisation.id, visibility: 'public' }));
  return workspace;
}

export const load: PageServerLoad = async (event) => {
  const { organisationId } = await guard(event);
  const networks = await listOrganisationNetworks(organisationId);
  return { networks: networks.map((n) => ({ id: n.id, name: n.name })) };
};

export const actions: Actions = {
  create: async (event) => {
    const { organisation, organisationId } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(activityFormSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'create');
    // A new activity lies ahead; editing an existing one may still correct a past one.
    if (parsed.data.startsAt.getTime() <= Date.now()) return fieldFail(400, 'startDate', 'activitiesStartInPast', data, 'create');
    const result = await createActivity(organisationId, parsed.data);
    if (!result.ok && result.reason === 'calendar') return confirmableFail({}, result.concerns, data, 'create');
    if (!result.ok) {
      return result.reason === 'network-not-found'
        ? fieldFail(400, 'networkId', 'activitiesNetworkRequired', data, 'create')
        : fieldFail(400, 'institutionNumber', 'schoolNotFound', data, 'create');
    }
    redirect(303, `/werkruimte/${organisation.slug}/activiteiten/${result.slug}?nieuw=1`);
  }
};
