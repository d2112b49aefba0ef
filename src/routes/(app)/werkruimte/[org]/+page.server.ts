import { updateOrganisationProfile } from '$lib/features/organisations/mutations.server';
import { organisationProfileSchema } from '$lib/features/organisations/schema';
import { formFail, parseForm } from '$lib/server/forms';
import { requireOrganisation } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await requireOrganisation(event, event.params.org, 'view-workspace');
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const { organisationId } = await requireOrganisation(event, event.params.org, 'edit-profile');
    const parsed = parseForm(organisationProfileSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure);
    await updateOrganisationProfile(organisationId, parsed.data);
    return { saved: true };
  }
};
