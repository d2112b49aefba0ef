import { requirePlatformAdmin } from '$lib/features/organisations/access.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
  requirePlatformAdmin(event, 'manage-roles');
  return {};
};
