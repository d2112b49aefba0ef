import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schoolStaff } from '../schools/tables.server';
import { mapKeepers, mapLinks, mapPartners, mapShares, mapSnapshots, networkMaps } from './tables.server';
import { seedTemplate, type PartnerCategory, type SnapshotLink } from './rules';
import type { AddLinkInput, LinkInput } from './schema';
import type { MapEditor, MapManager } from './types';
import { classifyMapRows, mapSheetColumns, maxMapImportBytes, maxMapImportRows, partnerKey, referencedPartners, sheetLabels, simplify, summariseMapImport, type MapImportRow, type SheetLabels } from '$lib/features/map-sheet/rules';
import { z } from 'zod';
import { maxCellChars, readTable, type TableErrorKey } from '$lib/server/spreadsheets';
import { messagesFor } from '$lib/i18n/messages';

type NewPartner = { name: string; municipality: string; categories: PartnerCategory[]; website: string | null; contact: string | null };

/**
 * The directory's partner of this name in this municipality: the one there, or a new one (ADR 036).
 * Looked up before inserting, so a refusal after it (already on the map) has written nothing.
 */
async function partnerFor(tx: Tx, partner: NewPartner): Promise<string> {
  const find = () => tx.select({ id: mapPartners.id }).from(mapPartners)
    .where(and(sql`lower(${mapPartners.name}) = lower(${partner.name})`, sql`lower(${mapPartners.municipality}) = lower(${partner.municipality})`));
  const [existing] = await find();
  if (existing) return existing.id;
  const [created] = await tx.insert(mapPartners).values(partner).onConflictDoNothing().returning({ id: mapPartners.id });
  // Another school created the same partner in the meantime: theirs is ours.
  return created?.id ?? (await find())[0]!.id;
}

/**
 * Starting the map: empty, or from seed 003's example table, whose local partners are named after
 * the school's municipality (and shared with every school there that starts the same way).
 */
export async function startMap(editor: MapEditor, start: 'template' | 'empty', municipality: string): Promise<{ ok: true } | { ok: false; reason: 'already-started' }> {
  return db().transaction(async (tx) => {
    const [map] = await tx.insert(networkMaps).values({ schoolId: editor.id }).onConflictDoNothing().returning({ id: networkMaps.schoolId });
    if (!map) return { ok: false, reason: 'already-started' } as const;
    if (start === 'template') {
      for (const row of seedTemplate) {
        const partnerId = await partnerFor(tx, {
          name: row.name(municipality), municipality: row.local ? municipality : '', categories: [row.category], website: null, contact: null
        });
        await tx.insert(mapLinks).values({ schoolId: editor.id, partnerId, nature: row.nature, ...row.targets, closeness: 'kennen' }).onConflictDoNothing();
      }
    }
    return { ok: true } as const;
  });
}

export const startMapFailures = {
  'already-started': { status: 409, key: 'mapAlreadyStarted' }
} satisfies FailureMap<Awaited<ReturnType<typeof startMap>>>;

type LinkFailure = { ok: false; reason: 'not-started' | 'partner-not-found' | 'already-linked' | 'contact-not-staff' | 'link-not-found' };

/** The contact holder must be one of the school's people. */
async function isStaff(tx: Tx, schoolId: string, personId: string | null): Promise<boolean> {
  if (!personId) return true;
  return (await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.personId, personId)))) > 0;
}

export async function addLink(editor: MapEditor, input: AddLinkInput): Promise<{ ok: true; id: string } | LinkFailure> {
  return db().transaction(async (tx) => {
    if ((await tx.$count(networkMaps, eq(networkMaps.schoolId, editor.id))) === 0) return { ok: false, reason: 'not-started' } as const;
    if (!(await isStaff(tx, editor.id, input.link.contactPersonId))) return { ok: false, reason: 'contact-not-staff' } as const;
    let partnerId: string;
    if (input.partner.kind === 'existing') {
      const [found] = await tx.select({ id: mapPartners.id }).from(mapPartners).where(eq(mapPartners.id, input.partner.id));
      if (!found) return { ok: false, reason: 'partner-not-found' } as const;
      partnerId = found.id;
    } else {
      const { kind: _kind, ...partner } = input.partner;
      partnerId = await partnerFor(tx, { ...partner, categories: [...partner.categories] });
    }
    const [row] = await tx.insert(mapLinks).values({ ...input.link, schoolId: editor.id, partnerId }).onConflictDoNothing().returning({ id: mapLinks.id });
    if (!row) return { ok: false, reason: 'already-linked' } as const;
    return { ok: true, id: row.id } as const;
  });
}

export const linkFailures = {
  'not-started': { status: 409, key: 'mapNotStarted' },
  'partner-not-found': { status: 404, field: 'partnerId', key: 'mapPartnerNotFound' },
  'already-linked': { status: 409, field: 'partnerName', key: 'mapAlreadyLinked' },
  'contact-not-staff': { status: 400, field: 'contactPersonId', key: 'mapContactPersonInvalid' },
  'link-not-found': { status: 404, key: 'mapLinkNotFound' }
} satisfies FailureMap<LinkFailure>;

/** Another school's link id changes nothing: the school is in the condition. */
export async function updateLink(editor: MapEditor, linkId: string, input: LinkInput): Promise<{ ok: true } | LinkFailure> {
  return db().transaction(async (tx) => {
    if (!(await isStaff(tx, editor.id, input.contactPersonId))) return { ok: false, reason: 'contact-not-staff' } as const;
    const rows = await tx.update(mapLinks).set(input).where(and(eq(mapLinks.id, linkId), eq(mapLinks.schoolId, editor.id))).returning({ id: mapLinks.id });
    return rows.length > 0 ? ({ ok: true } as const) : ({ ok: false, reason: 'link-not-found' } as const);
  });
}

export async function removeLink(editor: MapEditor, linkId: string): Promise<{ ok: true } | LinkFailure> {
  const rows = await db().delete(mapLinks).where(and(eq(mapLinks.id, linkId), eq(mapLinks.schoolId, editor.id))).returning({ id: mapLinks.id });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'link-not-found' };
}

type ShareFailure = { ok: false; reason: 'not-started' | 'organisation-not-found' | 'not-staff' };

export const shareFailures = {
  'not-started': { status: 409, key: 'mapNotStarted' },
  'organisation-not-found': { status: 404, field: 'organisationId', key: 'mapOrganisationNotFound' },
  'not-staff': { status: 400, field: 'personId', key: 'mapKeeperNotStaff' }
} satisfies FailureMap<ShareFailure>;

async function started(tx: Tx, manager: MapManager): Promise<boolean> {
  return (await tx.$count(networkMaps, eq(networkMaps.schoolId, manager.id))) > 0;
}

export async function shareMap(manager: MapManager, organisationId: string): Promise<{ ok: true } | ShareFailure> {
  return db().transaction(async (tx) => {
    if (!(await started(tx, manager))) return { ok: false, reason: 'not-started' } as const;
    if ((await tx.$count(organisations, eq(organisations.id, organisationId))) === 0) return { ok: false, reason: 'organisation-not-found' } as const;
    await tx.insert(mapShares).values({ schoolId: manager.id, organisationId }).onConflictDoNothing();
    return { ok: true } as const;
  });
}

/** Stopping a share that is not there is already the wanted state. */
export async function unshareMap(manager: MapManager, organisationId: string): Promise<{ ok: true }> {
  await db().delete(mapShares).where(and(eq(mapShares.schoolId, manager.id), eq(mapShares.organisationId, organisationId)));
  return { ok: true };
}

export async function setCountsInPeers(manager: MapManager, countsInPeers: boolean): Promise<{ ok: true } | ShareFailure> {
  const rows = await db().update(networkMaps).set({ countsInPeers }).where(eq(networkMaps.schoolId, manager.id)).returning({ id: networkMaps.schoolId });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'not-started' };
}

/** A keeper is one of the school's staff (coordinators edit anyway). */
export async function addKeeper(manager: MapManager, personId: string): Promise<{ ok: true } | ShareFailure> {
  return db().transaction(async (tx) => {
    if (!(await started(tx, manager))) return { ok: false, reason: 'not-started' } as const;
    const staff = await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, manager.id), eq(schoolStaff.personId, personId), eq(schoolStaff.access, 'staff')));
    if (staff === 0) return { ok: false, reason: 'not-staff' } as const;
    await tx.insert(mapKeepers).values({ schoolId: manager.id, personId }).onConflictDoNothing();
    return { ok: true } as const;
  });
}

export async function removeKeeper(manager: MapManager, personId: string): Promise<{ ok: true }> {
  await db().delete(mapKeepers).where(and(eq(mapKeepers.schoolId, manager.id), eq(mapKeepers.personId, personId)));
  return { ok: true };
}

/** Keeps the map as it stands now for the school year, replacing what was kept for it before. */
export async function keepSnapshot(manager: MapManager, schoolYear: number): Promise<{ ok: true; count: number } | ShareFailure> {
  return db().transaction(async (tx) => {
    if (!(await started(tx, manager))) return { ok: false, reason: 'not-started' } as const;
    const rows = await tx.select({ partnerId: mapPartners.id, name: mapPartners.name, categories: mapPartners.categories, closeness: mapLinks.closeness })
      .from(mapLinks).innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId)).where(eq(mapLinks.schoolId, manager.id));
    const links: SnapshotLink[] = rows.map((r) => ({ partnerId: r.partnerId, name: r.name, category: (r.categories[0] ?? 'informeel') as PartnerCategory, closeness: r.closeness }));
    await tx.insert(mapSnapshots).values({ schoolId: manager.id, schoolYear, links })
      .onConflictDoUpdate({ target: [mapSnapshots.schoolId, mapSnapshots.schoolYear], set: { links, createdAt: new Date() } });
    return { ok: true, count: links.length } as const;
  });
}

// Reading an uploaded network map (issue 15, ADR 037) into its cells, bounded; the rows are
// classified and written by mutations.server.ts (previewMapImport, applyMapImport).

/** The cells of an upload as the preview hands them back for applying (a hidden field). */
export const mapSheetSchema = z.object({
  headers: z.array(z.string().max(maxCellChars)).max(100),
  rows: z.array(z.array(z.string().max(maxCellChars)).max(100)).min(1).max(maxMapImportRows),
  lines: z.array(z.number().int().positive()).max(maxMapImportRows)
});
export type MapSheet = z.infer<typeof mapSheetSchema>;

type ReadFailure = { ok: false; reason: 'empty' | 'too-large' | 'no-organisation' } | { ok: false; reason: 'unreadable'; key: TableErrorKey };

/** The column headers and labels are read in either language, whichever the file was exported in. */
export const sheetLanguages = (): SheetLabels[] => [sheetLabels(messagesFor('nl')), sheetLabels(messagesFor('en'))];

export async function readMapSheet(file: FormDataEntryValue | null, languages: SheetLabels[]): Promise<{ ok: true; sheet: MapSheet } | ReadFailure> {
  if (!(file instanceof File) || file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > maxMapImportBytes) return { ok: false, reason: 'too-large' };
  const table = await readTable(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!table.ok) return { ok: false, reason: 'unreadable', key: table.key };
  if (table.rows.length > maxMapImportRows) return { ok: false, reason: 'too-large' };
  if (!mapSheetColumns(table.headers, languages).ok) return { ok: false, reason: 'no-organisation' };
  return { ok: true, sheet: { headers: table.headers, rows: table.rows, lines: table.lines } };
}

export const readMapSheetFailures = {
  empty: { status: 400, field: 'file', key: 'importEmpty' },
  'too-large': { status: 413, field: 'file', key: 'mapImportTooLarge' },
  'no-organisation': { status: 400, field: 'file', key: 'mapImportNoOrganisation' },
  unreadable: (failure) => ({ status: 400, field: 'file', key: failure.key })
} satisfies FailureMap<ReadFailure>;

// ---------------------------------------------------------------- importing (ADR 037)
// The preview classifies every row; applying classifies the same rows again inside the
// transaction and writes all of them, or nothing when any row is refused.

async function classify(tx: Tx | ReturnType<typeof db>, editor: MapEditor, sheet: MapSheet, languages: SheetLabels[]): Promise<MapImportRow[] | null> {
  const columns = mapSheetColumns(sheet.headers, languages);
  if (!columns.ok) return null;
  const names = [...new Set(referencedPartners(sheet.rows, columns.columns).map((p) => p.name.toLowerCase()))];
  const found = names.length === 0 ? [] : await tx.select({ id: mapPartners.id, name: mapPartners.name, municipality: mapPartners.municipality, linkId: mapLinks.id })
    .from(mapPartners)
    .leftJoin(mapLinks, and(eq(mapLinks.partnerId, mapPartners.id), eq(mapLinks.schoolId, editor.id)))
    .where(inArray(sql`lower(${mapPartners.name})`, names));
  const staff = await tx.select({ id: people.id, name: people.name }).from(schoolStaff)
    .innerJoin(people, eq(people.id, schoolStaff.personId)).where(eq(schoolStaff.schoolId, editor.id));
  return classifyMapRows(sheet.rows, sheet.lines, columns.columns, languages, {
    partners: new Map(found.map((p) => [partnerKey(p.name, p.municipality), { partnerId: p.id, linkId: p.linkId }])),
    staff: new Map(staff.map((s) => [simplify(s.name), s.id]))
  });
}

export async function previewMapImport(editor: MapEditor, sheet: MapSheet, languages: SheetLabels[]) {
  const rows = (await classify(db(), editor, sheet, languages)) ?? [];
  return { rows, summary: summariseMapImport(rows) };
}

export type ApplyMapImportResult =
  | { ok: true; summary: ReturnType<typeof summariseMapImport> }
  | { ok: false; reason: 'not-started' | 'unreadable' | 'has-refused' };

class Refused extends Error {}

/** All or nothing: every row written, or — a refused row, or a conflict half-way — none. */
export async function applyMapImport(editor: MapEditor, sheet: MapSheet, languages: SheetLabels[]): Promise<ApplyMapImportResult> {
  try {
    return await db().transaction(async (tx) => {
      if ((await tx.$count(networkMaps, eq(networkMaps.schoolId, editor.id))) === 0) return { ok: false, reason: 'not-started' } as const;
      const rows = await classify(tx, editor, sheet, languages);
      if (!rows) return { ok: false, reason: 'unreadable' } as const;
      if (rows.some((r) => r.outcome === 'refused')) return { ok: false, reason: 'has-refused' } as const;
      for (const row of rows) {
        if (row.outcome === 'refused') continue;
        const { name, municipality, categories, ...fields } = row.link;
        if (row.outcome === 'updated') {
          await tx.update(mapLinks).set(fields).where(and(eq(mapLinks.id, row.linkId), eq(mapLinks.schoolId, editor.id)));
          continue;
        }
        let partnerId = row.outcome === 'existing' ? row.partnerId : null;
        if (!partnerId) {
          const [created] = await tx.insert(mapPartners).values({ name, municipality, categories, website: null, contact: null })
            .onConflictDoNothing().returning({ id: mapPartners.id });
          // Another school created the same partner since the preview: refuse, so the person looks again.
          if (!created) throw new Refused();
          partnerId = created.id;
        }
        const [link] = await tx.insert(mapLinks).values({ ...fields, schoolId: editor.id, partnerId }).onConflictDoNothing().returning({ id: mapLinks.id });
        if (!link) throw new Refused();
      }
      return { ok: true, summary: summariseMapImport(rows) } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: 'has-refused' };
    throw error;
  }
}

export const applyMapImportFailures = {
  'not-started': { status: 409, key: 'mapNotStarted' },
  unreadable: { status: 400, key: 'mapImportUnreadable' },
  'has-refused': { status: 422, key: 'mapImportHasRefused' }
} satisfies FailureMap<ApplyMapImportResult>;
