import { canOrganisation } from '$lib/features/organisations/policy';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
  requireAllowed(event, canOrganisation(requireActor(event), 'manage-roles'));
  return {};
};
