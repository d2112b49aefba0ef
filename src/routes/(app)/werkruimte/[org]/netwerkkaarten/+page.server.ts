import { listMapsSharedWith } from '$lib/features/network-map/data.server';
import { requireSharedMapList } from '$lib/features/network-map/access.server';
import type { PageServerLoad } from './$types';

// The maps member schools shared with this organisation: its facilitators read them.
export const load: PageServerLoad = async (event) => {
  const { organisationId } = await requireSharedMapList(event, event.params.org);
  return { maps: await listMapsSharedWith(organisationId) };
};
