import { organisationAbilities } from '$lib/features/organisations/policy';
import { internationalAbilities } from '$lib/features/international-contacts/policy';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { actor, organisation } = await requireOrganisation(event, event.params.org, 'enter-workspace');
  return {
    organisation,
    abilities: { ...organisationAbilities(actor, organisation.id), international: internationalAbilities(actor, { organisationId: organisation.id }).manage }
  };
};
