import { publicExampleList } from '$lib/features/library/api.server';
import { librarySearchSchema } from '$lib/features/library/schema';
import { apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listPracticeExamples): published practice examples for words and facets, a page of 20,
// the total and the facet counts; the library page's own search (ADR 043, 051).
export const GET: RequestHandler = async ({ url }) =>
  apiJson(await publicExampleList(librarySearchSchema.parse(Object.fromEntries(url.searchParams)), url.origin));

export const OPTIONS: RequestHandler = () => preflight();
