// Reads of the practice library: the public search with its facets (ADR 043), one example with
// its lineage and related examples, and the workspace's lists.
import { and, arrayOverlaps, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, queryRows } from '$lib/server/db/client';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { practiceExampleAttachments, practiceExampleRevisions, practiceExamples, practiceExampleSources } from './tables.server';
import { facetNames, searchQuery, type FacetName } from './rules';
import type { LibrarySearch } from './schema';
import type { ManagedExample } from './types';

const e = practiceExamples;
export const libraryPageSize = 20;

const listColumns = {
  id: e.id,
  slug: e.slug,
  title: e.title,
  summary: e.summary,
  province: e.province,
  themes: e.themes,
  targetGroups: e.targetGroups,
  publishedAt: e.publishedAt,
  organisationSlug: organisations.slug,
  organisationName: organisations.name
};

/**
 * The search as one condition on the search vector (ADR 051): the words' Dutch prefix query and
 * the status and chosen facet values as their '#facet/value' lexemes, so a single GIN lookup finds
 * exactly the matches and the planner has one index to choose. A facet value outside the fixed
 * vocabularies' alphabet matches nothing.
 */
function searchConditions(search: LibrarySearch): { where: SQL; query: string | null } {
  const query = searchQuery(search.q);
  const lexemes = ['#status/published'];
  for (const facet of facetNames) {
    const value = search[facet];
    if (!value) continue;
    if (!/^[a-z-]+$/.test(value)) return { where: sql`false`, query };
    lexemes.push(`#${facet}/${value}`);
  }
  const facetQuery = lexemes.map((l) => `'${l}'`).join(' & ');
  const where = query
    ? sql`${e.search} @@ (to_tsquery('netwerkplein_nl', ${query}) && ${facetQuery}::tsquery)`
    : sql`${e.search} @@ ${facetQuery}::tsquery`;
  return { where, query };
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

export type LibraryHit = {
  id: string; slug: string; title: string; summary: string; province: (typeof e.$inferSelect)['province']; themes: string[]; targetGroups: string[];
  publishedAt: Date | null; organisationSlug: string; organisationName: string;
};

type SearchRow = {
  total: number;
  items: (Omit<LibraryHit, 'publishedAt'> & { publishedAt: string | null })[];
  facets: { facet: FacetName; key: string; n: number }[];
};

/**
 * One page of published examples for the words and facets, best match first (title counts most),
 * the total, and per facet how many of the matching examples carry each value. One statement
 * (ADR 051): the matches are found once, in a materialised CTE of their ids, facet arrays and sort
 * keys; the page, the total and the five facet counts are read from it, so the text and facet
 * conditions are planned and evaluated once per request instead of seven times.
 */
export async function searchLibrary(search: LibrarySearch) {
  const { where, query } = searchConditions(search);
  const rank = query ? sql`ts_rank(${e.search}, to_tsquery('netwerkplein_nl', ${query}))` : sql`0::real`;
  const offset = (search.page - 1) * libraryPageSize;
  // The counts read the CTE `m` only, which has no outer column to capture (the rule's concern).
  /* eslint-disable no-restricted-syntax */
  const [row] = await queryRows<SearchRow>(sql`
    with m as materialized (
      select ${e.id} as id, ${e.themes} as themes, ${e.domains} as domains, ${e.targetGroups} as target_groups,
        ${e.partnerTypes} as partner_types, ${e.province} as province, ${e.publishedAt} as published_at, ${e.title} as title, ${rank} as rank
      from ${e} where ${where}
    ), page as (
      select m.id, m.rank, m.published_at, m.title from m
      order by m.rank desc, m.published_at desc nulls last, m.title asc limit ${libraryPageSize} offset ${offset}
    )
    select
      (select count(*)::int from m) as total,
      (select coalesce(json_agg(json_build_object(
          'id', x.id, 'slug', x.slug, 'title', x.title, 'summary', x.summary, 'province', x.province, 'themes', x.themes,
          'targetGroups', x.target_groups, 'publishedAt', x.published_at, 'organisationSlug', o.slug, 'organisationName', o.name)
        order by page.rank desc, page.published_at desc nulls last, page.title asc), '[]'::json)
        from page join practice_examples x on x.id = page.id join organisations o on o.id = x.organisation_id) as items,
      (select coalesce(json_agg(f), '[]'::json) from (
        select 'theme' as facet, k as key, count(*)::int as n from m, unnest(m.themes) k group by k
        union all select 'domain', k, count(*)::int from m, unnest(m.domains) k group by k
        union all select 'targetGroup', k, count(*)::int from m, unnest(m.target_groups) k group by k
        union all select 'partnerType', k, count(*)::int from m, unnest(m.partner_types) k group by k
        union all select 'province', m.province, count(*)::int from m where m.province is not null group by m.province
      ) f) as facets`);
  /* eslint-enable no-restricted-syntax */
  const facets = Object.fromEntries(facetNames.map((name) => [name, {}])) as FacetCounts;
  for (const f of row!.facets) facets[f.facet][f.key] = f.n;
  const items: LibraryHit[] = row!.items.map((i) => ({ ...i, publishedAt: i.publishedAt ? new Date(i.publishedAt) : null }));
  return { items, total: row!.total, facets };
}

/** An example by its organisation and slug, for the guards (any status). */
export async function findExample(organisationSlug: string, slug: string) {
  return findExampleWhere(and(eq(organisations.slug, organisationSlug), eq(e.slug, slug))!);
}

/** An example by its id (the public API; any status, the caller checks it is published). */
export async function findExampleById(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return findExampleWhere(eq(e.id, id));
}

async function findExampleWhere(where: SQL) {
  const [row] = await db().select({
    ...listColumns,
    organisationId: e.organisationId,
    networkId: e.networkId,
    body: e.body,
    domains: e.domains,
    partnerTypes: e.partnerTypes,
    tools: e.tools,
    municipality: e.municipality,
    contacts: e.contacts,
    status: e.status,
    updatedAt: e.updatedAt,
    networkName: networks.name,
    networkSlug: networks.slug
  }).from(e)
    .innerJoin(organisations, eq(organisations.id, e.organisationId))
    .leftJoin(networks, eq(networks.id, e.networkId))
    .where(where);
  return row ?? null;
}

export type ExampleDetail = NonNullable<Awaited<ReturnType<typeof findExample>>>;

/** The newest published examples (of one organisation, or all) for the Atom feed, last changed first. */
export async function listFeedExamples(organisationId: string | null, limit = 50) {
  const published = eq(e.status, 'published');
  return db().select({ ...listColumns, updatedAt: e.updatedAt }).from(e)
    .innerJoin(organisations, eq(organisations.id, e.organisationId))
    .where(organisationId ? and(published, eq(e.organisationId, organisationId)) : published)
    .orderBy(desc(e.updatedAt), asc(e.id)).limit(limit);
}

/** What inspired the example (published examples and outside projects) and which published examples it inspired. */
export async function exampleLineage(exampleId: string) {
  const source = alias(practiceExamples, 'source');
  const [inspiredBy, takenUpBy] = await Promise.all([
    db().select({
      outsideTitle: practiceExampleSources.outsideTitle,
      outsideUrl: practiceExampleSources.outsideUrl,
      exampleTitle: source.title,
      exampleSlug: source.slug,
      organisationSlug: organisations.slug
    }).from(practiceExampleSources)
      .leftJoin(source, and(eq(source.id, practiceExampleSources.sourceExampleId), eq(source.status, 'published')))
      .leftJoin(organisations, eq(organisations.id, source.organisationId))
      .where(eq(practiceExampleSources.exampleId, exampleId))
      .orderBy(asc(practiceExampleSources.createdAt)),
    db().select({ slug: e.slug, title: e.title, organisationSlug: organisations.slug }).from(practiceExampleSources)
      .innerJoin(e, eq(e.id, practiceExampleSources.exampleId))
      .innerJoin(organisations, eq(organisations.id, e.organisationId))
      .where(and(eq(practiceExampleSources.sourceExampleId, exampleId), eq(e.status, 'published')))
      .orderBy(asc(e.title))
  ]);
  return {
    // A source example that is not (or no longer) published is left out.
    inspiredBy: inspiredBy.filter((s) => s.outsideTitle || s.exampleTitle),
    takenUpBy
  };
}

/** Up to three other published examples sharing the most themes and target groups. */
export async function relatedExamples(example: { id: string; themes: string[]; targetGroups: string[] }) {
  if (example.themes.length === 0 && example.targetGroups.length === 0) return [];
  const overlap = sql`cardinality(array(select unnest(${e.themes}) intersect select unnest(${sql.param(example.themes)}::text[])))
    + cardinality(array(select unnest(${e.targetGroups}) intersect select unnest(${sql.param(example.targetGroups)}::text[])))`;
  return db().select(listColumns).from(e).innerJoin(organisations, eq(organisations.id, e.organisationId))
    .where(and(eq(e.status, 'published'), ne(e.id, example.id),
      or(arrayOverlaps(e.themes, example.themes), arrayOverlaps(e.targetGroups, example.targetGroups))))
    .orderBy(desc(overlap), asc(e.title)).limit(3);
}

/**
 * The workspace's list: every example of the organisation, any status, last saved first; for a
 * network's moderator (`networkScope`, ADR 052) only her networks' examples.
 */
export async function listOrganisationExamples(organisationId: AuthorizedOrgId, networkScope: string[] | null = null) {
  const scoped = networkScope === null ? undefined : sql`${e.networkId} = any(${sql.param(networkScope)}::uuid[])`;
  return db().select({ id: e.id, slug: e.slug, title: e.title, status: e.status, updatedAt: e.updatedAt, networkName: networks.name })
    .from(e).leftJoin(networks, eq(networks.id, e.networkId))
    .where(and(eq(e.organisationId, organisationId), scoped)).orderBy(desc(e.updatedAt), asc(e.title));
}

/** The published examples an example may name as its inspiration (any organisation). */
export async function listSourceCandidates(exceptId?: string) {
  return db().select({ id: e.id, title: e.title, organisationName: organisations.name }).from(e)
    .innerJoin(organisations, eq(organisations.id, e.organisationId))
    .where(exceptId ? and(eq(e.status, 'published'), ne(e.id, exceptId)) : eq(e.status, 'published'))
    .orderBy(asc(e.title));
}

/** The example's inspiration as the editor's form fields. */
export async function listSources(example: ManagedExample) {
  return db().select({ sourceExampleId: practiceExampleSources.sourceExampleId, outsideTitle: practiceExampleSources.outsideTitle, outsideUrl: practiceExampleSources.outsideUrl })
    .from(practiceExampleSources).where(eq(practiceExampleSources.exampleId, example.id)).orderBy(asc(practiceExampleSources.createdAt));
}

/** Every kept version, newest first, with who saved it. */
export async function listRevisions(example: ManagedExample) {
  return db().select({
    revision: practiceExampleRevisions.revision,
    title: practiceExampleRevisions.title,
    status: practiceExampleRevisions.status,
    createdAt: practiceExampleRevisions.createdAt,
    editor: people.name
  }).from(practiceExampleRevisions).leftJoin(people, eq(people.id, practiceExampleRevisions.editedBy))
    .where(eq(practiceExampleRevisions.exampleId, example.id)).orderBy(desc(practiceExampleRevisions.revision));
}

/** Published examples by id with what a link to them needs (the tags of a trajectory's story, ADR 048). */
export async function publishedExampleLinks(ids: string[]) {
  if (ids.length === 0) return [];
  return db().select({ id: e.id, title: e.title, slug: e.slug, organisationSlug: organisations.slug }).from(e)
    .innerJoin(organisations, eq(organisations.id, e.organisationId))
    .where(and(inArray(e.id, ids), eq(e.status, 'published'))).orderBy(asc(e.title));
}

/** Which of these ids are published examples (the editor's inspiration check). */
export async function publishedIds(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db().select({ id: e.id }).from(e).where(and(inArray(e.id, ids), eq(e.status, 'published')));
  return new Set(rows.map((r) => r.id));
}

/** A stored example as the editor's form values (the names schema.ts reads). */
export function exampleFormValues(example: ExampleDetail, sources: Awaited<ReturnType<typeof listSources>>): Record<string, string> {
  const values: Record<string, string> = {
    title: example.title, summary: example.summary, body: example.body, networkId: example.networkId ?? '',
    province: example.province ?? '', municipality: example.municipality ?? '', tools: example.tools.join(', ')
  };
  const groups = { theme: example.themes, domain: example.domains, targetGroup: example.targetGroups, partnerType: example.partnerTypes };
  for (const [prefix, keys] of Object.entries(groups)) for (const key of keys) values[`${prefix}-${key}`] = 'on';
  example.contacts.forEach((c, i) => {
    values[`contact${i + 1}Name`] = c.name;
    values[`contact${i + 1}Email`] = c.email ?? '';
    values[`contact${i + 1}Role`] = c.role ?? '';
  });
  sources.filter((s) => s.sourceExampleId).forEach((s, i) => { values[`inspiredBy${i + 1}`] = s.sourceExampleId!; });
  sources.filter((s) => s.outsideTitle).forEach((s, i) => {
    values[`outside${i + 1}Title`] = s.outsideTitle!;
    values[`outside${i + 1}Url`] = s.outsideUrl ?? '';
  });
  return values;
}

export type AttachmentSummary = { id: string; fileName: string; kind: string; size: number };

/** The example's attachments without their bytes, oldest first. */
export async function listAttachments(exampleId: string): Promise<AttachmentSummary[]> {
  return db().select({ id: practiceExampleAttachments.id, fileName: practiceExampleAttachments.fileName, kind: practiceExampleAttachments.kind, size: practiceExampleAttachments.size })
    .from(practiceExampleAttachments).where(eq(practiceExampleAttachments.exampleId, exampleId))
    .orderBy(asc(practiceExampleAttachments.createdAt), asc(practiceExampleAttachments.id));
}

/** One attachment with its bytes, only when it belongs to this example. */
export async function findAttachment(exampleId: string, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) return null;
  const [row] = await db().select().from(practiceExampleAttachments)
    .where(and(eq(practiceExampleAttachments.id, attachmentId), eq(practiceExampleAttachments.exampleId, exampleId)));
  return row ?? null;
}
