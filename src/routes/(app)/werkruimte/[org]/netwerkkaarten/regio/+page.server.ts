import { countRegion, listHeldCategories, listPartnersServingMany, listRegionSchools } from '$lib/features/map-regions/data.server';
import { requireRegionalView } from '$lib/features/map-regions/access.server';
import { categoryGaps, regionScopeQuery } from '$lib/features/map-regions/rules';
import type { PageServerLoad } from './$types';

// The regional view (ADR 047) draws its graph in the browser (sigma.js over WebGL): this page
// alone hydrates; its tables are the text alternative and work without JavaScript.
export const csr = true;

/** At most this many schools are listed by name; the graph and the figures count them all. */
const listedSchools = 100;

export const load: PageServerLoad = async (event) => {
  const { organisation, networks, scope, view } = await requireRegionalView(event, event.params.org);
  const memberIds = scope?.memberIds ?? null;
  const [schools, many, held, counts] = await Promise.all([
    listRegionSchools(view, memberIds), listPartnersServingMany(view, memberIds), listHeldCategories(view, memberIds), countRegion(view, memberIds)
  ]);
  const query = regionScopeQuery({ network: scope?.network.slug ?? null, year: scope?.year ?? null });
  return {
    networks,
    scope: scope ? { network: scope.network, years: scope.years, year: scope.year } : null,
    membersWithout: scope ? scope.memberIds.length - schools.length : 0,
    schoolCount: schools.length,
    schools: schools.slice(0, listedSchools).map(({ id: _id, ...school }) => school),
    counts,
    many: many.map(({ id: _id, ...partner }) => partner),
    gaps: categoryGaps(schools.map((s) => s.id), held),
    graphUrl: `/werkruimte/${organisation.slug}/netwerkkaarten/regio/graaf.json${query}`
  };
};
