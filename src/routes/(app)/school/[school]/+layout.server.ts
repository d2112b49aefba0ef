import { schoolAbilities } from '$lib/features/schools/policy';
import { requireSchool } from '$lib/features/schools/access.server';
import { internationalAbilities } from '$lib/features/international-contacts/policy';
import { keeperHandoverNotice } from '$lib/features/map-wegwijzer/access.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { actor, school } = await requireSchool(event, event.params.school, 'view-profile');
  return {
    school,
    abilities: { ...schoolAbilities(actor, school.id), international: internationalAbilities(actor, { schoolId: school.id }).viewSchool },
    keeperHandover: await keeperHandoverNotice(actor, school.id)
  };
};
