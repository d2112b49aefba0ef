import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { createNetwork, createNetworkFailures } from '$lib/features/networks/mutations.server';
import { canNetwork } from '$lib/features/networks/policy';
import { networkCreateSchema } from '$lib/features/networks/schema';
import { defineAction } from '$lib/server/actions';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import { requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId } = await requireOrganisation(event, event.params.org, 'view-workspace');
  return {
    networks: await listOrganisationNetworks(organisationId),
    canCreate: canNetwork(actor, 'create', { organisationId: organisation.id })
  };
};

export const actions = {
  create: defineAction({
    access: async (event: RequestEvent) => {
      const workspace = await requireOrganisation(event, event.params.org, 'view-workspace');
      requireAllowed(event, canNetwork(workspace.actor, 'create', { organisationId: workspace.organisation.id }));
      return workspace;
    },
    schema: networkCreateSchema,
    run: ({ access, input }) => createNetwork(access.organisationId, input),
    failures: createNetworkFailures,
    done: (result) => ({ created: result.slug })
  })
} satisfies Actions;
