import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { createNetwork } from '$lib/features/networks/mutations.server';
import { canNetwork } from '$lib/features/networks/policy';
import { networkCreateSchema } from '$lib/features/networks/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireOrganisation } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId } = await requireOrganisation(event, event.params.org, 'view-workspace');
  return {
    networks: await listOrganisationNetworks(organisationId),
    canCreate: canNetwork(actor, 'create', { organisationId: organisation.id })
  };
};

export const actions: Actions = {
  create: async (event) => {
    const { actor, organisation, organisationId } = await requireOrganisation(event, event.params.org, 'view-workspace');
    requireAllowed(event, canNetwork(actor, 'create', { organisationId: organisation.id }));
    const data = await event.request.formData();
    const parsed = parseForm(networkCreateSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure);
    const result = await createNetwork(organisationId, parsed.data);
    if (!result.ok) return fieldFail(409, 'slug', 'slugTaken', data);
    return { created: result.slug };
  }
};
