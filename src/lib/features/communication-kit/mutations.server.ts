// Writes of the communication kit (ADR 059). Every write is scoped in SQL by the organisation, the
// network of the guard's `KitNetwork` and the school year, so a forged file or text id of another
// kit changes nothing. A file is checked by its bytes before anything is written; a refusal writes
// nothing (the kit row is only made in the transaction that adds its first item).
import { createHash } from 'node:crypto';
import { and, eq, inArray, max } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { checkKitFile, kitFileMaxBytes, kitFileName, kitFilesPerKit, kitTextsPerKit, movedOrder, type KitFileKind } from './rules';
import type { KitFileInput, KitTextInput } from './schema';
import type { KitNetwork } from './types';
import { networks } from '../networks/tables.server';
import { communicationKitFiles, communicationKits, communicationKitTexts } from './tables.server';

/** Which kit a write is about: the organisation, the guarded network and the school year. */
export interface KitScope { organisationId: AuthorizedOrgId; network: KitNetwork; schoolYear: number }

const kitOf = (scope: KitScope) => and(eq(communicationKits.organisationId, scope.organisationId),
  eq(communicationKits.networkId, scope.network.id), eq(communicationKits.schoolYear, scope.schoolYear));
const kitIds = (scope: KitScope) => db().select({ id: communicationKits.id }).from(communicationKits).where(kitOf(scope));

/**
 * The kit's id, made when it does not exist yet, and locked so two additions at once count right;
 * null when the network is not the organisation's (a forged scope makes no kit).
 */
async function openKit(tx: Tx, scope: KitScope): Promise<string | null> {
  const [owned] = await tx.select({ id: networks.id }).from(networks)
    .where(and(eq(networks.id, scope.network.id), eq(networks.organisationId, scope.organisationId)));
  if (!owned) return null;
  await tx.insert(communicationKits).values({ organisationId: scope.organisationId, networkId: scope.network.id, schoolYear: scope.schoolYear })
    .onConflictDoNothing();
  const [kit] = await tx.select({ id: communicationKits.id }).from(communicationKits).where(kitOf(scope)).for('update');
  await tx.update(communicationKits).set({ updatedAt: new Date() }).where(eq(communicationKits.id, kit!.id));
  return kit!.id;
}

type FileRefusal = 'file-empty' | 'file-too-large' | 'file-type' | 'svg-unsafe';
type CheckedUpload = { ok: true; file: { fileName: string; kind: KitFileKind; bytes: Uint8Array; size: number; hash: string } } | { ok: false; reason: FileRefusal };

/** The uploaded file checked by its bytes; never more than the cap read into memory. */
async function checkUpload(upload: FormDataEntryValue | null): Promise<CheckedUpload> {
  if (!(upload instanceof File) || upload.size === 0) return { ok: false, reason: 'file-empty' };
  if (upload.size > kitFileMaxBytes) return { ok: false, reason: 'file-too-large' };
  const check = checkKitFile(new Uint8Array(await upload.arrayBuffer()));
  if (!check.ok) return check;
  return { ok: true, file: {
    fileName: kitFileName(upload.name, check.kind), kind: check.kind, bytes: check.bytes, size: check.bytes.length,
    hash: createHash('sha256').update(check.bytes).digest('hex')
  } };
}

const fileRefusals = {
  'file-empty': { status: 400, field: 'file', key: 'kitFileMissing' },
  'file-too-large': { status: 413, field: 'file', key: 'kitFileTooLarge' },
  'file-type': { status: 400, field: 'file', key: 'kitFileType' },
  'svg-unsafe': { status: 400, field: 'file', key: 'kitSvgUnsafe' }
} as const;

export type AddKitFileResult = { ok: true } | { ok: false; reason: FileRefusal | 'file-limit' | 'not-found' };

export const addKitFileFailures = {
  ...fileRefusals,
  'file-limit': { status: 409, field: 'file', key: 'kitFileLimit' },
  'not-found': { status: 404, field: 'form', key: 'kitNotFound' }
} satisfies FailureMap<AddKitFileResult>;

/** Adds a file to the kit (making the kit when it is the first item). */
export async function addKitFile(scope: KitScope, uploaderId: string, input: KitFileInput, upload: FormDataEntryValue | null): Promise<AddKitFileResult> {
  const checked = await checkUpload(upload);
  if (!checked.ok) return checked;
  return db().transaction(async (tx) => {
    const kitId = await openKit(tx, scope);
    if (!kitId) return { ok: false, reason: 'not-found' } as const;
    if (await tx.$count(communicationKitFiles, eq(communicationKitFiles.kitId, kitId)) >= kitFilesPerKit) return { ok: false, reason: 'file-limit' } as const;
    await tx.insert(communicationKitFiles).values({ kitId, ...input, ...checked.file, uploadedBy: uploaderId });
    return { ok: true } as const;
  });
}

export type KitItemResult = { ok: true } | { ok: false; reason: 'not-found' };
export type ReplaceKitFileResult = { ok: true } | { ok: false; reason: FileRefusal | 'not-found' };

export const removeKitFileFailures = { 'not-found': { status: 404, key: 'kitFileNotFound' } } satisfies FailureMap<KitItemResult>;
export const replaceKitFileFailures = { ...fileRefusals, ...removeKitFileFailures } satisfies FailureMap<ReplaceKitFileResult>;

/** Replaces a file's bytes (its title, kind and description stay); another kit's file is not found. */
export async function replaceKitFile(scope: KitScope, uploaderId: string, fileId: string, upload: FormDataEntryValue | null): Promise<ReplaceKitFileResult> {
  const checked = await checkUpload(upload);
  if (!checked.ok) return checked;
  const changed = await db().update(communicationKitFiles).set({ ...checked.file, uploadedBy: uploaderId, createdAt: new Date() })
    .where(and(eq(communicationKitFiles.id, fileId), inArray(communicationKitFiles.kitId, kitIds(scope))))
    .returning({ id: communicationKitFiles.id });
  return changed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export async function removeKitFile(scope: KitScope, fileId: string): Promise<KitItemResult> {
  const removed = await db().delete(communicationKitFiles)
    .where(and(eq(communicationKitFiles.id, fileId), inArray(communicationKitFiles.kitId, kitIds(scope))))
    .returning({ id: communicationKitFiles.id });
  return removed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export type AddKitTextResult = { ok: true } | { ok: false; reason: 'text-limit' | 'not-found' };
export const addKitTextFailures = {
  'text-limit': { status: 409, field: 'form', key: 'kitTextLimit' },
  'not-found': { status: 404, field: 'form', key: 'kitNotFound' }
} satisfies FailureMap<AddKitTextResult>;

/** Adds a text block at the end of the kit's list. */
export async function addKitText(scope: KitScope, input: KitTextInput): Promise<AddKitTextResult> {
  return db().transaction(async (tx) => {
    const kitId = await openKit(tx, scope);
    if (!kitId) return { ok: false, reason: 'not-found' } as const;
    if (await tx.$count(communicationKitTexts, eq(communicationKitTexts.kitId, kitId)) >= kitTextsPerKit) return { ok: false, reason: 'text-limit' } as const;
    const [last] = await tx.select({ position: max(communicationKitTexts.position) }).from(communicationKitTexts).where(eq(communicationKitTexts.kitId, kitId));
    await tx.insert(communicationKitTexts).values({ kitId, position: (last?.position ?? 0) + 1, ...input });
    return { ok: true } as const;
  });
}

export const kitTextFailures = { 'not-found': { status: 404, field: 'form', key: 'kitTextNotFound' } } satisfies FailureMap<KitItemResult>;

export async function saveKitText(scope: KitScope, textId: string, input: KitTextInput): Promise<KitItemResult> {
  const changed = await db().update(communicationKitTexts).set({ ...input, updatedAt: new Date() })
    .where(and(eq(communicationKitTexts.id, textId), inArray(communicationKitTexts.kitId, kitIds(scope))))
    .returning({ id: communicationKitTexts.id });
  return changed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export async function removeKitText(scope: KitScope, textId: string): Promise<KitItemResult> {
  const removed = await db().delete(communicationKitTexts)
    .where(and(eq(communicationKitTexts.id, textId), inArray(communicationKitTexts.kitId, kitIds(scope))))
    .returning({ id: communicationKitTexts.id });
  return removed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

/** Moves a text block one place up or down; at either end nothing changes. The kit is locked while it renumbers. */
export async function moveKitText(scope: KitScope, textId: string, direction: 'up' | 'down'): Promise<KitItemResult> {
  return db().transaction(async (tx) => {
    const [kit] = await tx.select({ id: communicationKits.id }).from(communicationKits).where(kitOf(scope)).for('update');
    if (!kit) return { ok: false, reason: 'not-found' } as const;
    const rows = await tx.select({ id: communicationKitTexts.id }).from(communicationKitTexts)
      .where(eq(communicationKitTexts.kitId, kit.id)).orderBy(communicationKitTexts.position);
    const ids = rows.map((r) => r.id);
    if (!ids.includes(textId)) return { ok: false, reason: 'not-found' } as const;
    const order = movedOrder(ids, textId, direction);
    // Renumbered 1…n as a whole, so gaps left by deleted blocks never change the order.
    for (const [i, id] of order.entries()) await tx.update(communicationKitTexts).set({ position: i + 1 }).where(eq(communicationKitTexts.id, id));
    return { ok: true } as const;
  });
}
