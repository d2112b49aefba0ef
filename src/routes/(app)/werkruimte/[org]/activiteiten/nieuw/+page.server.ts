import { redirect } from '@sveltejs/kit';
import { createActivity, createActivityFailures } from '$lib/features/activities/mutations.server';
import { canActivity } from '$lib/features/activities/policy';
import { activityFormSchema } from '$lib/features/activities/schema';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { defineAction } from '$lib/server/actions';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import { requireAllowed } from '$lib/server/guards';
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

export const actions = {
  create: defineAction({
    form: 'create',
    access: guard,
    schema: activityFormSchema,
    run: ({ access, input }) => createActivity(access.organisationId, input),
    failures: createActivityFailures,
    done: (result, { access }) => redirect(303, `/werkruimte/${access.organisation.slug}/activiteiten/${result.slug}?nieuw=1`)
  })
} satisfies Actions;
