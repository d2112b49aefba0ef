import { libraryPageSize, searchLibrary } from '$lib/features/library/data.server';
import { librarySearchSchema } from '$lib/features/library/schema';
import type { PageServerLoad } from './$types';

// Public: published practice examples only; the query string is the search (a GET form, no JavaScript).
export const load: PageServerLoad = async ({ url }) => {
  const search = librarySearchSchema.parse(Object.fromEntries(url.searchParams));
  const result = await searchLibrary(search);
  return { search, ...result, pages: Math.max(1, Math.ceil(result.total / libraryPageSize)) };
};
