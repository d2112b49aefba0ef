import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkMemberships, networks } from '$lib/server/db/schema';
import { grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, insertOrganisation, insertSchool } from '../../../../tests/factories';
import { mapEditor, mapManager } from '../../../../tests/handles';
import type { Actor } from '../people/types';
import { addLink, shareMap, startMap } from '../network-map/mutations.server';
import { addLinkSchema } from '../network-map/schema';
import { requireRegionalView } from './access.server';
import { countRegion, listHeldCategories, listPartnersServingMany, listRegionSchools, loadRegionGraph } from './data.server';
import { categoryGaps, layoutRegion } from './rules';
import type { RegionView } from './types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const eventOf = (actor: Actor | null, path = '/') => ({ locals: { actor, locale: 'nl' as const } as App.Locals, url: new URL(`http://localhost${path}`) });
async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try { await run(); return 200; } catch (thrown) { return (thrown as { status?: number }).status ?? 500; }
}
const facilitatorOf = (org: { id: string; slug: string; name: string }) =>
  buildActor({ organisations: [{ organisationId: org.id, slug: org.slug, name: org.name, roles: ['facilitator'] }] });

/** A school with a started map holding these partners (name, category), shared with these organisations. */
async function schoolWith(partners: [string, string][], sharedWith: string[]) {
  const school = await insertSchool({ municipality: 'Aalst' });
  expect(await startMap(mapEditor(school.id), 'empty', 'Aalst')).toEqual({ ok: true });
  for (const [partnerName, category] of partners) {
    const added = await addLink(mapEditor(school.id), addLinkSchema.parse({ closeness: 'samenwerken', partnerName, category, municipality: 'Aalst' }));
    expect(added.ok).toBe(true);
  }
  for (const org of sharedWith) expect(await shareMap(mapManager(school.id), org)).toEqual({ ok: true });
  return school;
}

describe('the regional view over shared maps', async () => {
  it('counts only maps shared with the organisation: an unshared map\'s partners are never counted or shown', async () => {
    const [samana, gent] = [await insertOrganisation(), await insertOrganisation()];
    const a = await schoolWith([['CAW Regio Aalst', 'caw'], ['Bib Aalst', 'bibliotheek']], [samana.id]);
    const b = await schoolWith([['CAW Regio Aalst', 'caw'], ['Bib Aalst', 'bibliotheek']], [samana.id, gent.id]);
    const c = await schoolWith([['CAW Regio Aalst', 'caw']], [samana.id]);
    await schoolWith([['CAW Regio Aalst', 'caw'], ['Geheime Partner Aalst', 'sport'], ['Bib Aalst', 'bibliotheek']], []);
    await schoolWith([['Alleen Gent Partner', 'cultuur'], ['Geheime Partner Aalst', 'sport']], [gent.id]);
    const view = grant('map-region', samana.id) as RegionView;

    const many = await listPartnersServingMany(view, null);
    expect(many.map((p) => [p.name, p.schools])).toEqual([['CAW Regio Aalst', 3], ['Bib Aalst', 2]]);
    expect((await listRegionSchools(view, null)).map((s) => s.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(await countRegion(view, null)).toEqual({ partners: 2, links: 5 });

    const graph = await loadRegionGraph(view, null);
    expect(graph.partners.map((p) => p.name).sort()).toEqual(['Bib Aalst', 'CAW Regio Aalst']);
    expect(graph.links).toHaveLength(5);
    const compact = layoutRegion(graph);
    expect(compact.s).toHaveLength(3);
    expect(JSON.stringify(compact)).not.toContain('Geheime');
    expect(JSON.stringify(compact)).not.toContain('Alleen Gent');

    const gaps = categoryGaps((await listRegionSchools(view, null)).map((s) => s.id), await listHeldCategories(view, null));
    const without = Object.fromEntries(gaps.map((g) => [g.category, g.without]));
    expect(without).toMatchObject({ caw: 0, bibliotheek: 1, sport: 3, cultuur: 3 });

    // Gent sees its own two shared maps, and none of Samana's.
    const gentView = grant('map-region', gent.id) as RegionView;
    expect((await listRegionSchools(gentView, null)).length).toBe(2);
    expect((await listPartnersServingMany(gentView, null)).map((p) => [p.name, p.schools])).toEqual([]);
    expect((await loadRegionGraph(gentView, null)).partners.map((p) => p.name).sort()).toEqual(['Alleen Gent Partner', 'Bib Aalst', 'CAW Regio Aalst', 'Geheime Partner Aalst']);
  });

  it('scopes to a network\'s members in a school year, still only their shared maps; another organisation\'s network is not found', async () => {
    const [samana, gent] = [await insertOrganisation(), await insertOrganisation()];
    const shared = await schoolWith([['Kind en Gezin Aalst', 'kind-en-gezin']], [samana.id]);
    const unshared = await schoolWith([['Kind en Gezin Aalst', 'kind-en-gezin'], ['Privé Partner', 'buurt']], []);
    const outside = await schoolWith([['Buiten Netwerk', 'cultuur']], [samana.id]);
    const db = database.handle.db;
    const [network] = await db.insert(networks).values({ organisationId: samana.id, slug: 'regio-aalst', name: 'Regio Aalst' }).returning({ id: networks.id });
    await db.insert(networkMemberships).values([
      { networkId: network!.id, schoolId: shared.id, schoolYear: 2024 }, { networkId: network!.id, schoolId: unshared.id, schoolYear: 2024 },
      { networkId: network!.id, schoolId: outside.id, schoolYear: 2023 }
    ]);

    const region = await requireRegionalView(eventOf(facilitatorOf(samana), '/?netwerk=regio-aalst&jaar=2024'), samana.slug);
    expect(region.scope).toMatchObject({ network: { slug: 'regio-aalst' }, year: 2024, years: [2023, 2024] });
    const memberIds = region.scope!.memberIds;
    expect(memberIds.sort()).toEqual([shared.id, unshared.id].sort());
    expect((await listRegionSchools(region.view, memberIds)).map((s) => s.id)).toEqual([shared.id]);
    expect((await loadRegionGraph(region.view, memberIds)).partners.map((p) => p.name)).toEqual(['Kind en Gezin Aalst']);
    // Without a year: the network's latest; with one it never had: the latest too.
    expect((await requireRegionalView(eventOf(facilitatorOf(samana), '/?netwerk=regio-aalst'), samana.slug)).scope!.year).toBe(2024);
    const earlier = await requireRegionalView(eventOf(facilitatorOf(samana), '/?netwerk=regio-aalst&jaar=2023'), samana.slug);
    expect((await listRegionSchools(earlier.view, earlier.scope!.memberIds)).map((s) => s.id)).toEqual([outside.id]);

    const open = (actor: Actor | null, org: { slug: string }, path = '/') => statusOf(() => requireRegionalView(eventOf(actor, path), org.slug));
    expect(await open(facilitatorOf(gent), gent, '/?netwerk=regio-aalst')).toBe(404);
    expect(await open(facilitatorOf(gent), samana)).toBe(403);
    expect(await open(facilitatorOf(samana), samana, '/?netwerk=bestaat-niet')).toBe(404);
    expect(await open(facilitatorOf(samana), samana, '/?jaar=abc')).toBe(404);
    const coach = buildActor({ organisations: [{ organisationId: samana.id, slug: samana.slug, name: samana.name, roles: ['coach'] }] });
    expect(await open(coach, samana)).toBe(403);
    expect(await open(null, samana)).toBe(303);
  });
});
