// Writes of the practice library: every save keeps a revision (ADR 043), in one transaction with
// the change, so an example never has a state no revision shows.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { richTextPlain } from '$lib/server/rich-text';
import { messagesFor } from '$lib/i18n/messages';
import { networks } from '../networks/tables.server';
import { practiceExampleAttachments, practiceExampleRevisions, practiceExamples, practiceExampleSources } from './tables.server';
import { attachmentFileName, attachmentMaxBytes, attachmentsPerExample, checkAttachment } from './rules';
import { slugFromTitle, type ExampleStatus } from './rules';
import type { ExampleInput } from './schema';
import type { ManagedExample } from './types';

export type SaveExampleResult = { ok: true; slug: string } | { ok: false; reason: 'network-unknown' | 'source-unknown' | 'not-found' };

export const saveExampleFailures = {
  'network-unknown': { status: 400, field: 'networkId', key: 'libraryNetworkUnknown' },
  'source-unknown': { status: 400, field: 'inspiredBy1', key: 'librarySourceUnknown' },
  'not-found': { status: 404, key: 'libraryExampleGone' }
} satisfies FailureMap<SaveExampleResult>;

/** The words search reads besides title and summary, with the Dutch labels of the facets it carries. */
function searchTextOf(input: ExampleInput): string {
  const l = messagesFor('nl').library;
  return [
    richTextPlain(input.body),
    input.tools.join(' '),
    input.municipality ?? '',
    ...input.targetGroups.map((k) => l.targetGroups[k]),
    ...input.themes.map((k) => l.themes[k]),
    ...input.partnerTypes.map((k) => l.partnerTypes[k])
  ].join(' ');
}

/** The stored columns of an example's fields (also for the demo seed, which inserts in its own transaction). */
export function exampleColumns(input: ExampleInput) {
  return {
    title: input.title, summary: input.summary, body: input.body, searchText: searchTextOf(input),
    networkId: input.networkId, province: input.province, municipality: input.municipality,
    themes: input.themes, domains: input.domains, targetGroups: input.targetGroups, partnerTypes: input.partnerTypes,
    tools: input.tools, contacts: input.contacts
  };
}

/**
 * The network must be the organisation's own (and, for a network's moderator, one she moderates:
 * `networkScope`, ADR 052); the inspirations published examples other than this one.
 */
async function refusal(tx: Tx, organisationId: AuthorizedOrgId, input: ExampleInput, selfId?: string, networkScope: string[] | null = null): Promise<SaveExampleResult | null> {
  if (networkScope !== null && !networkScope.includes(input.networkId ?? '')) return { ok: false, reason: 'network-unknown' };
  if (input.networkId) {
    const [own] = await tx.select({ id: networks.id }).from(networks)
      .where(and(eq(networks.id, input.networkId), eq(networks.organisationId, organisationId)));
    if (!own) return { ok: false, reason: 'network-unknown' };
  }
  if (input.sourceExampleIds.length > 0) {
    const rows = await tx.select({ id: practiceExamples.id }).from(practiceExamples)
      .where(and(sql`${practiceExamples.id} = any(${sql.param(input.sourceExampleIds)}::uuid[])`, eq(practiceExamples.status, 'published')));
    if (rows.length !== input.sourceExampleIds.length || input.sourceExampleIds.includes(selfId ?? '')) return { ok: false, reason: 'source-unknown' };
  }
  return null;
}

async function replaceSources(tx: Tx, exampleId: string, input: ExampleInput) {
  await tx.delete(practiceExampleSources).where(eq(practiceExampleSources.exampleId, exampleId));
  const rows = [
    ...input.sourceExampleIds.map((id) => ({ exampleId, sourceExampleId: id })),
    ...input.outsideSources.map((s) => ({ exampleId, outsideTitle: s.title, outsideUrl: s.url }))
  ];
  if (rows.length > 0) await tx.insert(practiceExampleSources).values(rows);
}

/** Keeps the example's current state as its next revision. */
async function keepRevision(tx: Tx, exampleId: string, editorId: string | null) {
  await tx.execute(sql`
    insert into ${practiceExampleRevisions} (example_id, revision, title, summary, body, status, edited_by)
    select e.id, coalesce((select max(r.revision) from ${practiceExampleRevisions} r where r.example_id = e.id), 0) + 1,
           e.title, e.summary, e.body, e.status, ${editorId}
    from ${practiceExamples} e where e.id = ${exampleId}`);
}

/** A free slug in the organisation: the title's, or with -2, -3 … after it. */
async function freeSlug(tx: Tx, organisationId: AuthorizedOrgId, title: string): Promise<string> {
  const base = slugFromTitle(title);
  const taken = await tx.select({ slug: practiceExamples.slug }).from(practiceExamples)
    .where(and(eq(practiceExamples.organisationId, organisationId), sql`${practiceExamples.slug} like ${base + '%'}`));
  const used = new Set(taken.map((r) => r.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A new example of the organisation, as a draft (or straight to a status, for the demo). */
export async function createExample(organisationId: AuthorizedOrgId, editorId: string | null, input: ExampleInput, status: ExampleStatus = 'draft'): Promise<SaveExampleResult> {
  return db().transaction(async (tx) => {
    const refused = await refusal(tx, organisationId, input);
    if (refused) return refused;
    const slug = await freeSlug(tx, organisationId, input.title);
    const [row] = await tx.insert(practiceExamples).values({
      ...exampleColumns(input), organisationId, slug, status, publishedAt: status === 'published' ? new Date() : null
    }).returning({ id: practiceExamples.id });
    await replaceSources(tx, row!.id, input);
    await keepRevision(tx, row!.id, editorId);
    return { ok: true, slug };
  });
}

/** Saves the editor's fields; scoped by the organisation, so a forged handle of another tenant finds nothing. */
export async function updateExample(organisationId: AuthorizedOrgId, example: ManagedExample, editorId: string, input: ExampleInput, networkScope: string[] | null = null): Promise<SaveExampleResult> {
  return db().transaction(async (tx) => {
    const refused = await refusal(tx, organisationId, input, example.id, networkScope);
    if (refused) return refused;
    const [row] = await tx.update(practiceExamples).set({ ...exampleColumns(input), updatedAt: new Date() })
      .where(and(eq(practiceExamples.id, example.id), eq(practiceExamples.organisationId, organisationId)))
      .returning({ slug: practiceExamples.slug });
    if (!row) return { ok: false, reason: 'not-found' };
    await replaceSources(tx, example.id, input);
    await keepRevision(tx, example.id, editorId);
    return { ok: true, slug: row.slug };
  });
}

export type SetStatusResult = { ok: true } | { ok: false; reason: 'not-found' };
export const setStatusFailures = { 'not-found': { status: 404, key: 'libraryExampleGone' } } satisfies FailureMap<SetStatusResult>;

/** Publish, send for review or take offline; the first publication's date is kept. */
export async function setExampleStatus(organisationId: AuthorizedOrgId, example: ManagedExample, editorId: string, status: ExampleStatus): Promise<SetStatusResult> {
  return db().transaction(async (tx) => {
    const [row] = await tx.update(practiceExamples).set({
      status,
      updatedAt: new Date(),
      publishedAt: status === 'published' ? sql`coalesce(${practiceExamples.publishedAt}, now())` : practiceExamples.publishedAt
    }).where(and(eq(practiceExamples.id, example.id), eq(practiceExamples.organisationId, organisationId))).returning({ id: practiceExamples.id });
    if (!row) return { ok: false, reason: 'not-found' };
    await keepRevision(tx, example.id, editorId);
    return { ok: true };
  });
}

// Attachments (ADR 044): checked by their bytes, kept in PostgreSQL, changed through the example's handle.
export type AddAttachmentResult = { ok: true } | { ok: false; reason: 'attachment-empty' | 'attachment-too-large' | 'attachment-type' | 'attachment-limit' };

export const addAttachmentFailures = {
  'attachment-empty': { status: 400, field: 'file', key: 'libraryAttachmentMissing' },
  'attachment-too-large': { status: 413, field: 'file', key: 'libraryAttachmentTooLarge' },
  'attachment-type': { status: 400, field: 'file', key: 'libraryAttachmentType' },
  'attachment-limit': { status: 409, field: 'file', key: 'libraryAttachmentLimit' }
} satisfies FailureMap<AddAttachmentResult>;

/** Checks the file by its bytes and keeps it; the name and declared type of the upload are not trusted. */
export async function addAttachment(example: ManagedExample, uploaderId: string, upload: FormDataEntryValue | null): Promise<AddAttachmentResult> {
  if (!(upload instanceof File) || upload.size === 0) return { ok: false, reason: 'attachment-empty' };
  // Never read more than the cap into memory to find out it is too large.
  if (upload.size > attachmentMaxBytes) return { ok: false, reason: 'attachment-too-large' };
  const check = checkAttachment(new Uint8Array(await upload.arrayBuffer()));
  if (!check.ok) return check;
  return db().transaction(async (tx) => {
    // The example's row is locked so two uploads at once cannot both pass the limit.
    await tx.execute(sql`select id from practice_examples where id = ${example.id} for update`);
    const count = await tx.$count(practiceExampleAttachments, eq(practiceExampleAttachments.exampleId, example.id));
    if (count >= attachmentsPerExample) return { ok: false, reason: 'attachment-limit' } as const;
    await tx.insert(practiceExampleAttachments).values({
      exampleId: example.id, fileName: attachmentFileName(upload.name, check.kind), kind: check.kind,
      size: check.bytes.length, hash: createHash('sha256').update(check.bytes).digest('hex'), bytes: check.bytes, uploadedBy: uploaderId
    });
    return { ok: true } as const;
  });
}

export type RemoveAttachmentResult = { ok: true } | { ok: false; reason: 'not-found' };
export const removeAttachmentFailures = { 'not-found': { status: 404, key: 'libraryAttachmentGone' } } satisfies FailureMap<RemoveAttachmentResult>;

/** Removes one of this example's attachments; another example's id finds nothing. */
export async function removeAttachment(example: ManagedExample, attachmentId: string): Promise<RemoveAttachmentResult> {
  const removed = await db().delete(practiceExampleAttachments)
    .where(and(eq(practiceExampleAttachments.id, attachmentId), eq(practiceExampleAttachments.exampleId, example.id)))
    .returning({ id: practiceExampleAttachments.id });
  return removed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

