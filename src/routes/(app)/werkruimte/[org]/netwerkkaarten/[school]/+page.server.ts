import { listLinks } from '$lib/features/network-map/data.server';
import { requireSharedMap } from '$lib/features/network-map/access.server';
import { matchesFilters, readFilters } from '$lib/features/network-map/rules';
import type { PageServerLoad } from './$types';

// A map shared with this organisation, read only; one not shared with it answers 404.
export const load: PageServerLoad = async (event) => {
  const { school, reader } = await requireSharedMap(event, event.params.org, event.params.school);
  const links = await listLinks(reader);
  const filters = readFilters(event.url.searchParams);
  return { school: { name: school.name, institutionNumber: school.institutionNumber }, links: links.filter((l) => matchesFilters(l, filters)), total: links.length, filters };
};
