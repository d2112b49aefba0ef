import { json } from '@sveltejs/kit';
import { loadRegionGraph } from '$lib/features/map-regions/data.server';
import { requireRegionalView } from '$lib/features/map-regions/access.server';
import { layoutRegion } from '$lib/features/map-regions/rules';
import type { RequestHandler } from './$types';

/** The regional graph as compact JSON (rules.ts `CompactGraph`), laid out on the server: the page fetches it to draw. */
export const GET: RequestHandler = async (event) => {
  const { scope, view } = await requireRegionalView(event, event.params.org);
  const graph = await loadRegionGraph(view, scope?.memberIds ?? null);
  return json(layoutRegion(graph), { headers: { 'cache-control': 'private, no-store' } });
};
