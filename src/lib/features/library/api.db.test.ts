import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertOrganisation, insertPerson } from '../../../../tests/factories';
import { atomFeed, attachmentResponse, publicExampleBody, publicExampleList } from './api.server';
import { findExample, listAttachments, listFeedExamples } from './data.server';
import { addAttachment, createExample, setExampleStatus } from './mutations.server';
import { exampleSchema, librarySearchSchema } from './schema';
import type { ManagedExample } from './types';

// ADR 051: the library's API (listPracticeExamples, getPracticeExample) and Atom feeds show
// published examples only; a draft or one awaiting approval is not there (404 in the routes).
const origin = 'https://netwerkplein.example';
const managed = (id: string) => grant('managed-example', id) as ManagedExample;
const input = (fields: Record<string, string>) => exampleSchema.parse({ summary: 'Een korte samenvatting van de aanpak.', ...fields });

/** A strict, namespace-aware parse (saxes throws on anything not well-formed) into a small tree. */
type El = { name: string; ns: string; attrs: Record<string, string>; children: El[]; text: string };
function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [{ name: '#root', ns: '', attrs: {}, children: [], text: '' }];
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.local, ns: tag.uri, attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])), children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => { stack.at(-1)!.text += t; });
  parser.on('closetag', () => { stack.pop(); });
  parser.on('error', (e) => { throw e; });
  parser.write(xml).close();
  return stack[0]!.children[0]!;
}
const child = (el: El, name: string) => el.children.filter((c) => c.name === name);

let database: TestDatabase;
let orgSlug: string;
let orgId: ReturnType<typeof brandOrganisation>;
let publishedId: string;
let draftId: string;
let reviewId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const org = await insertOrganisation({ name: 'Samen & co <netwerk>' });
  orgSlug = org.slug;
  orgId = brandOrganisation(org.id);
  const editor = (await insertPerson()).id;
  await createExample(orgId, editor, input({
    title: 'Minder mazen, meer net', summary: 'Het Samen1Plan als kader & online instrument voor "spijbelaars".', body: 'Een **gedeeld** plan.<script>alert(1)</script>',
    'theme-spijbelen': 'on', 'domain-onderwijs': 'on', 'targetGroup-spijbelaars': 'on', province: 'limburg', tools: 'Samen1Plan',
    contact1Name: 'Lore Claes', contact1Email: 'lore@voorbeeld.example', outside1Title: 'Routeplanner', outside1Url: 'https://topunt.example/routeplanner'
  }), 'published');
  await createExample(orgId, editor, input({ title: 'Een ontwerp over spijbelen', 'theme-spijbelen': 'on' }));
  await createExample(orgId, editor, input({ title: 'Wacht op goedkeuring over spijbelen', 'theme-spijbelen': 'on' }));
  publishedId = (await findExample(orgSlug, 'minder-mazen-meer-net'))!.id;
  draftId = (await findExample(orgSlug, 'een-ontwerp-over-spijbelen'))!.id;
  reviewId = (await findExample(orgSlug, 'wacht-op-goedkeuring-over-spijbelen'))!.id;
  await setExampleStatus(orgId, managed(reviewId), editor, 'review');
  const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await addAttachment(managed(draftId), editor, new File([pdf], 'ontwerp.pdf'));
});
afterAll(async () => { await database.close(); });

describe('listPracticeExamples', () => {
  it('answers the search with published examples only, with total, paging and facets', async () => {
    const body = await publicExampleList(librarySearchSchema.parse({ q: 'spijbelen' }), origin);
    expect(body).toEqual({
      examples: [{
        id: publishedId, slug: 'minder-mazen-meer-net', title: 'Minder mazen, meer net', summary: 'Het Samen1Plan als kader & online instrument voor "spijbelaars".',
        organisation: { slug: orgSlug, name: 'Samen & co <netwerk>' }, province: 'limburg', themes: ['spijbelen'], targetGroups: ['spijbelaars'],
        publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), url: `${origin}/praktijkvoorbeelden/${orgSlug}/minder-mazen-meer-net`
      }],
      total: 1, page: 1, pageSize: 20,
      facets: { theme: { spijbelen: 1 }, domain: { onderwijs: 1 }, targetGroup: { spijbelaars: 1 }, province: { limburg: 1 }, partnerType: {} }
    });
    expect((await publicExampleList(librarySearchSchema.parse({ theme: 'spijbelen', province: 'antwerpen' }), origin)).total).toBe(0);
    expect((await publicExampleList(librarySearchSchema.parse({ page: '2' }), origin))).toMatchObject({ examples: [], page: 2, total: 1 });
  });
});

describe('getPracticeExample', () => {
  it('gives a published example with sanitised body, contacts, tools and lineage', async () => {
    const body = await publicExampleBody(publishedId, origin);
    expect(body).toMatchObject({
      id: publishedId, title: 'Minder mazen, meer net', tools: ['Samen1Plan'], domains: ['onderwijs'], network: null,
      contacts: [{ name: 'Lore Claes', role: null, email: 'lore@voorbeeld.example' }], attachments: [],
      inspiredBy: [{ title: 'Routeplanner', url: 'https://topunt.example/routeplanner' }], takenUpBy: []
    });
    expect(body!.bodyHtml).toContain('<strong>gedeeld</strong>');
    expect(body!.bodyHtml).not.toContain('<script');
  });

  it('is null (a 404) for a draft, an example awaiting approval, an unknown or a malformed id', async () => {
    expect(await publicExampleBody(draftId, origin)).toBeNull();
    expect(await publicExampleBody(reviewId, origin)).toBeNull();
    expect(await publicExampleBody('00000000-0000-4000-8000-000000000000', origin)).toBeNull();
    expect(await publicExampleBody("' or 1=1 --", origin)).toBeNull();
  });
});

describe('the Atom feed', () => {
  it('is well-formed Atom with one entry per published example, escaped', async () => {
    const entries = await listFeedExamples(orgId);
    expect(entries.map((e) => e.id)).toEqual([publishedId]);
    const xml = atomFeed({ origin, path: `/praktijkvoorbeelden/${orgSlug}/feed.atom`, title: 'Praktijkvoorbeelden — Samen & co', entries, now: new Date(), themeLabel: (k) => `label ${k}` });
    const feed = parseXml(xml);
    expect([feed.name, feed.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    // RFC 4287: a feed has exactly one id, title and updated; every entry too, plus a link or content.
    for (const name of ['id', 'title', 'updated']) expect(child(feed, name)).toHaveLength(1);
    expect(child(feed, 'title')[0]!.text).toBe('Praktijkvoorbeelden — Samen & co');
    expect(child(feed, 'link').find((l) => l.attrs.rel === 'self')!.attrs.href).toBe(`${origin}/praktijkvoorbeelden/${orgSlug}/feed.atom`);
    const [entry, ...rest] = child(feed, 'entry');
    expect(rest).toHaveLength(0);
    for (const name of ['id', 'title', 'updated', 'summary', 'author']) expect(child(entry!, name)).toHaveLength(1);
    expect(child(entry!, 'id')[0]!.text).toBe(`urn:uuid:${publishedId}`);
    expect(child(entry!, 'summary')[0]!.text).toBe('Het Samen1Plan als kader & online instrument voor "spijbelaars".');
    expect(child(child(entry!, 'author')[0]!, 'name')[0]!.text).toBe('Samen & co <netwerk>');
    expect(child(entry!, 'link')[0]!.attrs).toMatchObject({ rel: 'alternate', href: `${origin}/praktijkvoorbeelden/${orgSlug}/minder-mazen-meer-net` });
    expect(child(entry!, 'category')[0]!.attrs).toEqual({ term: 'spijbelen', label: 'label spijbelen' });
    expect(new Date(child(feed, 'updated')[0]!.text).getTime()).toBe(entries[0]!.updatedAt.getTime());
  });

  it('lists every organisation in the all-organisations feed and is valid when empty', async () => {
    const other = await insertOrganisation();
    expect((await listFeedExamples(null)).map((e) => e.id)).toContain(publishedId);
    expect(await listFeedExamples(other.id)).toEqual([]);
    const now = new Date('2026-12-02T10:00:00Z');
    const feed = parseXml(atomFeed({ origin, path: '/praktijkvoorbeelden/feed.atom', title: 'Leeg', entries: [], now, themeLabel: (k) => k }));
    expect(child(feed, 'updated')[0]!.text).toBe(now.toISOString());
    expect(child(feed, 'entry')).toHaveLength(0);
  });
});

describe('attachment downloads', () => {
  it('answers a draft’s attachment privately as a download with its recognised type', async () => {
    const [file] = await listAttachments(draftId);
    const response = (await attachmentResponse(draftId, file!.id, new Request(origin), 'private'))!;
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ontwerp\.pdf"/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-1\.4/);
    expect(await attachmentResponse(publishedId, file!.id, new Request(origin), 'public')).toBeNull();
  });
});
