// The library outside its pages (ADR 051): the public API's JSON (listPracticeExamples,
// getPracticeExample), the Atom feeds, and the one way an attachment's bytes are answered.
import { escapeHtml } from '$lib/server/mail/html';
import { renderRichText } from '$lib/server/rich-text';
import { exampleLineage, findAttachment, findExampleById, listAttachments, libraryPageSize, searchLibrary, type LibraryHit } from './data.server';
import { attachmentPath, attachmentTypes } from './rules';
import type { LibrarySearch } from './schema';

const examplePath = (organisationSlug: string, slug: string) => `/praktijkvoorbeelden/${organisationSlug}/${slug}`;

function summaryBody(hit: LibraryHit, origin: string) {
  return {
    id: hit.id, slug: hit.slug, title: hit.title, summary: hit.summary,
    organisation: { slug: hit.organisationSlug, name: hit.organisationName },
    province: hit.province, themes: hit.themes, targetGroups: hit.targetGroups,
    publishedAt: hit.publishedAt?.toISOString() ?? null,
    url: origin + examplePath(hit.organisationSlug, hit.slug)
  };
}

/** One page of the public search as the API answers it: the same words, facets and order as the page. */
export async function publicExampleList(search: LibrarySearch, origin: string) {
  const { items, total, facets } = await searchLibrary(search);
  return { examples: items.map((hit) => summaryBody(hit, origin)), total, page: search.page, pageSize: libraryPageSize, facets };
}

/** A published example with its rendered (sanitised) body, attachments and lineage; null otherwise. */
export async function publicExampleBody(id: string, origin: string) {
  const example = await findExampleById(id);
  if (!example || example.status !== 'published') return null;
  const [files, lineage] = await Promise.all([listAttachments(example.id), exampleLineage(example.id)]);
  return {
    ...summaryBody(example, origin),
    bodyHtml: renderRichText(example.body),
    domains: example.domains, partnerTypes: example.partnerTypes, tools: example.tools, municipality: example.municipality,
    network: example.networkSlug ? { slug: example.networkSlug, name: example.networkName } : null,
    contacts: example.contacts.map((c) => ({ name: c.name, role: c.role, email: c.email })),
    updatedAt: example.updatedAt.toISOString(),
    attachments: files.map((f) => ({ fileName: f.fileName, kind: f.kind, size: f.size, url: origin + attachmentPath(example.organisationSlug, example.slug, f.id) })),
    inspiredBy: lineage.inspiredBy.map((s) => s.exampleSlug
      ? { title: s.exampleTitle!, url: origin + examplePath(s.organisationSlug!, s.exampleSlug) }
      : { title: s.outsideTitle!, url: s.outsideUrl }),
    takenUpBy: lineage.takenUpBy.map((t) => ({ title: t.title, url: origin + examplePath(t.organisationSlug, t.slug) }))
  };
}

export interface FeedEntry { id: string; slug: string; title: string; summary: string; themes: string[]; publishedAt: Date | null; updatedAt: Date; organisationSlug: string; organisationName: string }

/**
 * An Atom 1.0 document (RFC 4287) of published examples, newest change first: each entry with a
 * stable urn:uuid id, its page as alternate link, its organisation as author and its themes as
 * categories. The feed's `updated` is its newest entry's (or `now` when empty).
 */
export function atomFeed(input: { origin: string; path: string; title: string; entries: FeedEntry[]; now: Date; themeLabel: (key: string) => string }): string {
  const x = escapeHtml;
  const self = input.origin + input.path;
  const updated = (input.entries[0]?.updatedAt ?? input.now).toISOString();
  const entries = input.entries.map((entry) => {
    const href = input.origin + examplePath(entry.organisationSlug, entry.slug);
    return [
      '  <entry>',
      `    <id>urn:uuid:${entry.id}</id>`,
      `    <title type="text">${x(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(href)}"/>`,
      `    <updated>${entry.updatedAt.toISOString()}</updated>`,
      ...(entry.publishedAt ? [`    <published>${entry.publishedAt.toISOString()}</published>`] : []),
      `    <author><name>${x(entry.organisationName)}</name><uri>${x(`${input.origin}/organisaties/${entry.organisationSlug}`)}</uri></author>`,
      ...entry.themes.map((t) => `    <category term="${x(t)}" label="${x(input.themeLabel(t))}"/>`),
      `    <summary type="text">${x(entry.summary)}</summary>`,
      '  </entry>'
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${x(self)}</id>`,
    `  <title type="text">${x(input.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${x(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(input.origin + '/praktijkvoorbeelden')}"/>`,
    `  <updated>${updated}</updated>`,
    '  <generator>Netwerkplein</generator>',
    ...entries,
    '</feed>',
    ''
  ].join('\n');
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' } });
}

/**
 * An attachment's bytes (ADR 044), for the public page and the workspace alike: the type recognised
 * at upload, only images inline, everything else a download; nothing sniffed or run. `null` when
 * the attachment is not this example's.
 */
export async function attachmentResponse(exampleId: string, attachmentId: string, request: Request, cache: 'public' | 'private'): Promise<Response | null> {
  const file = await findAttachment(exampleId, attachmentId);
  if (!file) return null;
  const type = attachmentTypes[file.kind];
  const etag = `"${file.hash}"`;
  const headers = {
    'content-type': type.type,
    'content-length': String(file.size),
    etag,
    'cache-control': cache === 'public' ? 'public, max-age=3600' : 'private, no-store',
    'content-disposition': `${type.image ? 'inline' : 'attachment'}; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin'
  };
  if (cache === 'public' && request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.bytes), { status: 200, headers });
}
