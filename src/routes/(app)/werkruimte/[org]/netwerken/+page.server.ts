import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { createNetwork, createNetworkFailures } from '$lib/features/networks/mutations.server';
import { networkAbilities } from '$lib/features/networks/policy';
import { networkCreateSchema } from '$lib/features/networks/schema';
import { defineAction } from '$lib/server/actions';
import { requireNetworkCreation } from '$lib/features/networks/access.server';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId } = await requireOrganisation(event, event.params.org, 'view-workspace');
  return {
    networks: await listOrganisationNetworks(organisationId),
    abilities: networkAbilities(actor, { organisationId: organisation.id })
  };
};

export const actions = {
  create: defineAction({
    access: (event: RequestEvent) => requireNetworkCreation(event, event.params.org),
    schema: networkCreateSchema,
    run: ({ access, input }) => createNetwork(access.organisationId, input),
    failures: createNetworkFailures,
    done: (result) => ({ created: result.slug })
  })
} satisfies Actions;
