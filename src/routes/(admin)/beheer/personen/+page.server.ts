import { searchPeople } from '$lib/features/people-admin/data.server';
import { peopleSearchSchema } from '$lib/features/people-admin/schema';
import { requirePeopleSearch } from '$lib/features/people-admin/access.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requirePeopleSearch(event);
  const { q, pagina } = peopleSearchSchema.parse({ q: event.url.searchParams.get('q') ?? '', pagina: event.url.searchParams.get('pagina') ?? '1' });
  return { query: q, ...(await searchPeople(q, pagina)) };
};
