import { listOrganisations } from '$lib/features/organisations/data.server';
import { createOrganisation } from '$lib/features/organisations/mutations.server';
import { canOrganisation } from '$lib/features/organisations/policy';
import { organisationCreateSchema } from '$lib/features/organisations/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAllowed(event, canOrganisation(requireActor(event), 'create'));
  return { organisations: await listOrganisations() };
};

export const actions: Actions = {
  create: async (event) => {
    requireAllowed(event, canOrganisation(requireActor(event), 'create'));
    const data = await event.request.formData();
    const parsed = parseForm(organisationCreateSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure);
    const result = await createOrganisation(parsed.data);
    if (!result.ok) return fieldFail(409, 'slug', 'slugTaken', data);
    return { created: result.slug };
  }
};
