import { listOrganisations } from '$lib/features/organisations/data.server';
import { createOrganisation, createOrganisationFailures } from '$lib/features/organisations/mutations.server';
import { organisationCreateSchema } from '$lib/features/organisations/schema';
import { defineAction } from '$lib/server/actions';
import { requirePlatformAdmin } from '$lib/features/organisations/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  requirePlatformAdmin(event, 'create');
  return { organisations: await listOrganisations() };
};

export const actions = {
  create: defineAction({
    access: (event: RequestEvent) => requirePlatformAdmin(event, 'create'),
    schema: organisationCreateSchema,
    run: ({ input }) => createOrganisation(input),
    failures: createOrganisationFailures,
    done: (result) => ({ created: result.slug })
  })
} satisfies Actions;
