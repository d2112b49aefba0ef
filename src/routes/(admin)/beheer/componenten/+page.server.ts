import { canOrganisation } from '$lib/features/organisations/policy';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

// The component reference is for the people who build screens, the platform admins: the same
// right as the rest of /beheer (the layout asks it too; a page asks it again so it never depends on
// a layout for its guard).
export const load: PageServerLoad = (event) => {
  requireAllowed(event, canOrganisation(requireActor(event), 'manage-roles'));
  return {};
};
