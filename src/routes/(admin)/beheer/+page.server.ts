import { listOrganisations } from '$lib/features/organisations/data.server';
import { createOrganisation, createOrganisationFailures } from '$lib/features/organisations/mutations.server';
import { canOrganisation } from '$lib/features/organisations/policy';
import { organisationCreateSchema } from '$lib/features/organisations/schema';
import { defineAction } from '$lib/server/actions';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAllowed(event, canOrganisation(requireActor(event), 'create'));
  return { organisations: await listOrganisations() };
};

export const actions = {
  create: defineAction({
    access: (event: RequestEvent) => requireAllowed(event, canOrganisation(requireActor(event), 'create')),
    schema: organisationCreateSchema,
    run: ({ input }) => createOrganisation(input),
    failures: createOrganisationFailures,
    done: (result) => ({ created: result.slug })
  })
} satisfies Actions;
