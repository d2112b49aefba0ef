import { requirePlatformAdmin } from '$lib/features/organisations/access.server';
import type { PageServerLoad } from './$types';

// The component reference is for the people who build screens, the platform admins: the same
// right as the rest of /beheer (the layout asks it too; a page asks it again so it never depends on
// a layout for its guard).
export const load: PageServerLoad = (event) => {
  requirePlatformAdmin(event, 'manage-roles');
  return {};
};
