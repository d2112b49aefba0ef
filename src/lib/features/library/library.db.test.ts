import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertOrganisation, insertPerson } from '../../../../tests/factories';
import { exampleLineage, findExample, listRevisions, relatedExamples, searchLibrary } from './data.server';
import { createExample, setExampleStatus, updateExample } from './mutations.server';
import { exampleSchema, librarySearchSchema } from './schema';
import type { ManagedExample } from './types';

// What requireManagedExample hands a route after the policy said yes (ADR 020).
const managed = (id: string) => grant('managed-example', id) as ManagedExample;
const input = (fields: Record<string, string>) => exampleSchema.parse({ summary: 'Een korte samenvatting van de aanpak.', ...fields });
const search = (query: Record<string, string>) => searchLibrary(librarySearchSchema.parse(query));

let database: TestDatabase;
let orgSlug: string;
let orgId: ReturnType<typeof brandOrganisation>;
let editor: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const org = await insertOrganisation();
  orgSlug = org.slug;
  orgId = brandOrganisation(org.id);
  editor = (await insertPerson()).id;
  await createExample(orgId, editor, input({
    title: 'Provinciaal Spijbelactieplan', summary: 'Integrale aanpak van spijbelaars vanuit gedeelde verantwoordelijkheid.',
    'theme-spijbelen': 'on', 'domain-onderwijs': 'on', 'targetGroup-spijbelaars': 'on', 'partnerType-politie-parket': 'on', province: 'antwerpen'
  }), 'published');
  await createExample(orgId, editor, input({
    title: 'Psychische kwetsbaarheid en schooluitval', body: 'Samen met de **geestelijke gezondheidszorg** geïnspireerd werken.',
    'theme-psychisch-welzijn': 'on', 'domain-welzijn': 'on', 'targetGroup-psychisch-kwetsbare-jongeren': 'on', province: 'vlaams-brabant'
  }), 'published');
  await createExample(orgId, editor, input({ title: 'Een ontwerp over spijbelen', 'theme-spijbelen': 'on', province: 'antwerpen' }));
});
afterAll(async () => { await database.close(); });

describe('Dutch search in the library', () => {
  it('finds spijbelaars when searching spijbelen, and only published examples', async () => {
    const { items, total } = await search({ q: 'spijbelen' });
    expect(items.map((i) => i.title)).toEqual(['Provinciaal Spijbelactieplan']);
    expect(total).toBe(1);
  });

  it('ignores accents both ways and matches words in the body', async () => {
    expect((await search({ q: 'geinspireerd' })).items.map((i) => i.title)).toEqual(['Psychische kwetsbaarheid en schooluitval']);
    expect((await search({ q: 'gezondheidszorg psychisch' })).total).toBe(1);
  });

  it('narrows by facets and counts each value among the matches', async () => {
    const all = await search({});
    expect(all.total).toBe(2);
    expect(all.facets.province).toEqual({ antwerpen: 1, 'vlaams-brabant': 1 });
    expect(all.facets.theme).toEqual({ spijbelen: 1, 'psychisch-welzijn': 1 });
    const antwerp = await search({ province: 'antwerpen', targetGroup: 'spijbelaars' });
    expect(antwerp.items.map((i) => i.title)).toEqual(['Provinciaal Spijbelactieplan']);
    expect((await search({ q: 'spijbelen', domain: 'welzijn' })).total).toBe(0);
  });

  it('treats query syntax as words', async () => {
    expect((await search({ q: "spijbel' | ! & (" })).total).toBe(1);
    expect((await search({ q: '!!!' })).total).toBe(2);
  });
});

describe('writing, publishing and revisions', () => {
  it('keeps a revision per save, keeps drafts out of the library, and shows lineage once published', async () => {
    const routeplanner = await findExample(orgSlug, 'provinciaal-spijbelactieplan');
    const created = await createExample(orgId, editor, input({
      title: 'Trajectbegeleiding', 'targetGroup-spijbelaars': 'on', outside1Title: 'Routeplanner', outside1Url: 'https://topunt.example/routeplanner',
      inspiredBy1: routeplanner!.id, contact1Name: 'Oona Somers', contact2Name: 'Sofie Baert', contact2Email: 'sofie@voorbeeld.example'
    }));
    expect(created).toEqual({ ok: true, slug: 'trajectbegeleiding' });
    const draft = (await findExample(orgSlug, 'trajectbegeleiding'))!;
    expect(draft.status).toBe('draft');
    expect(draft.contacts).toEqual([{ name: 'Oona Somers', email: null, role: null }, { name: 'Sofie Baert', email: 'sofie@voorbeeld.example', role: null }]);
    expect((await search({ q: 'trajectbegeleiding' })).total).toBe(0);

    expect(await updateExample(orgId, managed(draft.id), editor, input({ title: 'Trajectbegeleiding', body: 'Een netoverstijgende CLB-trajectbegeleider.', 'targetGroup-spijbelaars': 'on', inspiredBy1: routeplanner!.id, outside1Title: 'Routeplanner' })))
      .toEqual({ ok: true, slug: 'trajectbegeleiding' });
    expect(await setExampleStatus(orgId, managed(draft.id), editor, 'published')).toEqual({ ok: true });
    expect((await search({ q: 'netoverstijgende' })).items.map((i) => i.slug)).toEqual(['trajectbegeleiding']);
    expect((await listRevisions(managed(draft.id))).map((r) => [r.revision, r.status])).toEqual([[3, 'published'], [2, 'draft'], [1, 'draft']]);

    const lineage = await exampleLineage(draft.id);
    expect(lineage.inspiredBy.map((s) => s.exampleTitle ?? s.outsideTitle)).toEqual(['Provinciaal Spijbelactieplan', 'Routeplanner']);
    expect((await exampleLineage(routeplanner!.id)).takenUpBy.map((t) => t.title)).toEqual(['Trajectbegeleiding']);
    expect((await relatedExamples(routeplanner!)).map((r) => r.title)).toEqual(['Trajectbegeleiding']);
  });

  it('refuses another organisation’s network or an unpublished inspiration, writing nothing', async () => {
    const other = brandOrganisation((await insertOrganisation()).id);
    const draft = (await findExample(orgSlug, 'een-ontwerp-over-spijbelen'))!;
    expect(await createExample(other, editor, input({ title: 'Geleend', inspiredBy1: draft.id }))).toEqual({ ok: false, reason: 'source-unknown' });
    expect(await createExample(other, editor, input({ title: 'Geleend', networkId: '00000000-0000-4000-8000-000000000000' }))).toEqual({ ok: false, reason: 'network-unknown' });
    // A handle of this organisation's example changes nothing when used for another tenant.
    expect(await updateExample(other, managed(draft.id), editor, input({ title: 'Overgenomen' }))).toEqual({ ok: false, reason: 'not-found' });
    expect(await setExampleStatus(other, managed(draft.id), editor, 'published')).toEqual({ ok: false, reason: 'not-found' });
    expect((await findExample(orgSlug, 'een-ontwerp-over-spijbelen'))!.status).toBe('draft');
  });
});
