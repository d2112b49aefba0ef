import { updateOrganisationProfile } from '$lib/features/organisations/mutations.server';
import { organisationProfileSchema } from '$lib/features/organisations/schema';
import { defineAction } from '$lib/server/actions';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  await requireOrganisation(event, event.params.org, 'view-workspace');
  return {};
};

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => requireOrganisation(event, event.params.org, 'edit-profile'),
    schema: organisationProfileSchema,
    run: ({ access, input }) => updateOrganisationProfile(access.organisationId, input),
    done: () => ({ saved: true })
  })
} satisfies Actions;
