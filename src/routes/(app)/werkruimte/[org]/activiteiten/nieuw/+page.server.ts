import { redirect } from '@sveltejs/kit';
import { createActivity, createActivityFailures } from '$lib/features/activities/mutations.server';
import { activityFormSchema } from '$lib/features/activities/schema';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { defineAction } from '$lib/server/actions';
import { requireActivityCreation } from '$lib/features/activities/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Only the organisation's facilitators create activities (coaches follow them: see canActivity).
const guard = (event: RequestEvent) => requireActivityCreation(event, event.params.org);

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
