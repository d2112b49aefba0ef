import { searchSchools } from '$lib/features/schools/data.server';
import { schoolSearchSchema } from '$lib/features/schools/schema';
import { requireJoinSearch } from '$lib/features/schools/access.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireJoinSearch(event);
  const { q } = schoolSearchSchema.parse({ q: event.url.searchParams.get('q')?.slice(0, 100) ?? '' });
  // Nothing is listed before a search: the register is searched, not browsed.
  return { query: q, schools: q === '' ? [] : await searchSchools(q, 30) };
};
