import { listLinks } from '$lib/features/network-map/data.server';
import { requireMap, requireMapEditor } from '$lib/features/network-map/access.server';
import { startMap, startMapFailures } from '$lib/features/network-map/mutations.server';
import { antenna, categoryCoverage, matchesFilters, readFilters } from '$lib/features/network-map/rules';
import { startMapSchema } from '$lib/features/network-map/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The school's map: its staff read it; the filters are GET parameters, so they work without JavaScript.
// The one page that hydrates (ADR 045): its drawing becomes an interactive cytoscape graph. Links and
// forms still load whole pages (data-sveltekit-reload in app.html), so no __data.json is asked (ADR 014).
export const csr = true;

export const load: PageServerLoad = async (event) => {
  const { facts, reader, abilities } = await requireMap(event, event.params.school, 'view');
  const links = facts.started ? await listLinks(reader) : [];
  const filters = readFilters(event.url.searchParams);
  return {
    started: facts.started,
    links: links.filter((l) => matchesFilters(l, filters)),
    total: links.length,
    filters,
    coverage: categoryCoverage(links),
    antenna: antenna(links),
    clb: links.filter((l) => l.categories.includes('clb')).map((l) => l.partnerName),
    added: links.find((l) => l.id === event.url.searchParams.get('toegevoegd'))?.partnerName ?? null,
    removed: event.url.searchParams.has('verwijderd'),
    abilities
  };
};

export const actions = {
  start: defineAction({
    form: 'start',
    access: (event: RequestEvent) => requireMapEditor(event, event.params.school),
    schema: startMapSchema,
    run: ({ access, input }) => startMap(access.editor, input.start, access.school.municipality),
    failures: startMapFailures,
    done: () => ({ saved: 'started' })
  })
} satisfies Actions;
