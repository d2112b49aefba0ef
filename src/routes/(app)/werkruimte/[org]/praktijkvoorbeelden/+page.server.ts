import { listOrganisationExamples } from '$lib/features/library/data.server';
import { libraryAbilities } from '$lib/features/library/policy';
import { requireLibraryWorkspace } from '$lib/features/library/access.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId, networkScope } = await requireLibraryWorkspace(event, event.params.org, 'view-workspace');
  return {
    examples: await listOrganisationExamples(organisationId, networkScope),
    abilities: libraryAbilities(actor, { organisationId: organisation.id })
  };
};
