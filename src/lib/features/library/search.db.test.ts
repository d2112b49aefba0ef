import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertOrganisation, insertPerson } from '../../../../tests/factories';
import { findExample, libraryPageSize, searchLibrary } from './data.server';
import { createExample, setExampleStatus, updateExample } from './mutations.server';
import { exampleSchema, librarySearchSchema } from './schema';
import type { ManagedExample } from './types';

// ADR 051: words and facets answered by one condition on the search vector, page, total and facet
// counts by one statement. These pin what the rewrite must keep: Dutch stems, accents, facets.
const managed = (id: string) => grant('managed-example', id) as ManagedExample;
const search = (query: Record<string, string | number>) => searchLibrary(librarySearchSchema.parse(query));
const input = (fields: Record<string, string>) => exampleSchema.parse({ summary: 'Een korte samenvatting van de aanpak.', ...fields });

let database: TestDatabase;
let orgId: ReturnType<typeof brandOrganisation>;
let orgSlug: string;
let editor: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const org = await insertOrganisation();
  orgId = brandOrganisation(org.id);
  orgSlug = org.slug;
  editor = (await insertPerson()).id;
  const make = (fields: Record<string, string>, status: 'draft' | 'published' = 'published') => createExample(orgId, editor, input(fields), status);
  await make({ title: 'Spijbelaars terug naar school', summary: 'De zorgcoördinator belt ouders van spijbelaars dezelfde dag.',
    'theme-spijbelen': 'on', 'domain-onderwijs': 'on', 'targetGroup-spijbelaars': 'on', 'partnerType-clb': 'on', province: 'limburg' });
  await make({ title: 'Rondetafel over spijbelen', summary: 'School, CLB en politie zoeken samen een aanpak voor elke leerling.',
    'theme-spijbelen': 'on', 'domain-welzijn': 'on', 'partnerType-politie-parket': 'on', province: 'antwerpen' });
  await make({ title: 'Coördinatie van trajecten', summary: 'Een trajectcoach over de onderwijsnetten heen, geïnspireerd door Routeplanner.',
    'theme-trajectbegeleiding': 'on', 'domain-onderwijs': 'on', 'domain-welzijn': 'on', province: 'oost-vlaanderen' });
  await make({ title: 'Spijbelen in de eerste graad', summary: 'Een ontwerp dat nog niet gepubliceerd is.', 'theme-spijbelen': 'on', province: 'limburg' }, 'draft');
});
afterAll(async () => { await database.close(); });

describe('library search after the one-statement rewrite', () => {
  it('finds spijbelaars when searching spijbelen (the stem as a prefix), published examples only', async () => {
    const result = await search({ q: 'spijbelen' });
    expect(result.items.map((i) => i.title).sort()).toEqual(['Rondetafel over spijbelen', 'Spijbelaars terug naar school']);
    expect(result.total).toBe(2);
    // A word in the summary only still finds, after the title hits.
    expect((await search({ q: 'politie' })).items.map((i) => i.title)).toEqual(['Rondetafel over spijbelen']);
  });

  it('ignores accents in the text and in the query', async () => {
    expect((await search({ q: 'coordinatie' })).items.map((i) => i.title)).toEqual(['Coördinatie van trajecten']);
    expect((await search({ q: 'geïnspireerd' })).total).toBe(1);
    expect((await search({ q: 'zorgcoordinator' })).items.map((i) => i.title)).toEqual(['Spijbelaars terug naar school']);
  });

  it('narrows a two-word query by two facets and counts the facets of the matches only', async () => {
    const result = await search({ q: 'spijbelen school', theme: 'spijbelen', province: 'limburg' });
    expect(result.items.map((i) => i.title)).toEqual(['Spijbelaars terug naar school']);
    expect(result.total).toBe(1);
    expect(result.facets).toEqual({
      theme: { spijbelen: 1 }, domain: { onderwijs: 1 }, targetGroup: { spijbelaars: 1 }, province: { limburg: 1 }, partnerType: { clb: 1 }
    });
    const welzijn = await search({ domain: 'welzijn' });
    expect(welzijn.total).toBe(2);
    expect(welzijn.facets.province).toEqual({ antwerpen: 1, 'oost-vlaanderen': 1 });
    expect(welzijn.facets.domain).toEqual({ welzijn: 2, onderwijs: 1 });
    expect((await search({ q: 'spijbelen', partnerType: 'politie-parket', domain: 'onderwijs' })).total).toBe(0);
  });

  it('matches nothing for a facet value outside the vocabulary, whatever its characters', async () => {
    expect((await search({ theme: 'onbekend' })).total).toBe(0);
    const odd = await search({ theme: "spijbelen' | '#status/draft" });
    expect(odd).toEqual({ items: [], total: 0, facets: { theme: {}, domain: {}, targetGroup: {}, province: {}, partnerType: {} } });
  });

  it('follows status and facet changes of an example (the vector is generated)', async () => {
    const draft = (await findExample(orgSlug, 'spijbelen-in-de-eerste-graad'))!;
    expect((await search({ province: 'limburg' })).total).toBe(1);
    await setExampleStatus(orgId, managed(draft.id), editor, 'published');
    expect((await search({ q: 'eerste graad', province: 'limburg' })).total).toBe(1);
    await updateExample(orgId, managed(draft.id), editor, input({ title: 'Spijbelen in de eerste graad', 'theme-spijbelen': 'on', province: 'brussel' }));
    expect((await search({ q: 'eerste graad', province: 'limburg' })).total).toBe(0);
    expect((await search({ q: 'eerste graad', province: 'brussel' })).total).toBe(1);
    await setExampleStatus(orgId, managed(draft.id), editor, 'draft');
    expect((await search({ q: 'eerste graad' })).total).toBe(0);
  });

  it('pages by the page size while the total and facets cover every match', async () => {
    for (let i = 0; i < libraryPageSize; i++) {
      await createExample(orgId, editor, input({ title: `Ketenaanpak ${String(i).padStart(2, '0')}`, 'theme-ketensamenwerking': 'on' }), 'published');
    }
    const first = await search({ theme: 'ketensamenwerking' });
    const second = await search({ theme: 'ketensamenwerking', page: 2 });
    expect(first.items).toHaveLength(libraryPageSize);
    expect(second.items).toHaveLength(0);
    expect(first.total).toBe(libraryPageSize);
    expect(first.facets.theme).toEqual({ ketensamenwerking: libraryPageSize });
    expect(first.items[0]!.publishedAt).toBeInstanceOf(Date);
    expect(first.items[0]!.organisationSlug).toBe(orgSlug);
  });
});
