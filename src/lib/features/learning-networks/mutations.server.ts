import { TransactionRollbackError, and, eq, isNull, lt, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { learningNetworkChanges, learningNetworkMembers, learningNetworks, participationImports, projectParticipations } from './tables.server';
import { networks } from '../networks/tables.server';
import { schools } from '../schools/tables.server';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import type { ManagedCohort } from './types';
import { ownsNetwork } from '../networks/mutations.server';
import { readTable, type TableErrorKey } from '$lib/server/spreadsheets';
import { controlCharactersKey, hasRefusedCharacter } from '$lib/server/text-input';
import { loadDirectoryForImport } from './data.server';
import { classifyImportRows, mapImportHeaders, nameKey, type ImportRow } from './rules';
import { maxImportBytes } from './schema';


export async function addParticipant(
  organisationId: AuthorizedOrgId, networkId: string, input: { schoolYear: number; institutionNumber: string }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'school-not-found' | 'already-participant' }> {
  if (!(await ownsNetwork(organisationId, networkId))) return { ok: false, reason: 'not-found' };
  const [school] = await db().select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, input.institutionNumber));
  if (!school) return { ok: false, reason: 'school-not-found' };
  const inserted = await db().insert(projectParticipations)
    .values({ networkId, schoolId: school.id, schoolYear: input.schoolYear, source: 'manual' })
    .onConflictDoNothing().returning({ schoolId: projectParticipations.schoolId });
  return inserted[0] ? { ok: true } : { ok: false, reason: 'already-participant' };
}

export async function removeParticipant(organisationId: AuthorizedOrgId, networkId: string, input: { schoolYear: number; schoolId: string }): Promise<void> {
  if (!(await ownsNetwork(organisationId, networkId))) return;
  await db().delete(projectParticipations).where(and(eq(projectParticipations.networkId, networkId),
    eq(projectParticipations.schoolYear, input.schoolYear), eq(projectParticipations.schoolId, input.schoolId)));
}

/** Keeps the classified rows until the facilitator confirms; nothing else is written. */
export async function saveImportPreview(
  organisationId: AuthorizedOrgId, networkId: string, input: { schoolYear: number; fileName: string; rows: ImportRow[]; personId: string }
): Promise<string | null> {
  if (!(await ownsNetwork(organisationId, networkId))) return null;
  const [row] = await db().insert(participationImports).values({
    networkId, schoolYear: input.schoolYear, fileName: input.fileName.slice(0, 200), rows: input.rows, createdBy: input.personId
  }).returning({ id: participationImports.id });
  return row!.id;
}

/** How long an unconfirmed preview may still be applied (ADR 009, 022); older ones are deleted. */
export const importPreviewLifetimeDays = 7;

/**
 * Maintenance, on a schedule (learning-networks/jobs.server.ts): deletes previews never applied
 * within their lifetime. Applied imports stay (they are the record of what was imported). Applying
 * marks the row first, so an apply and this delete at the same moment end with one of the two.
 */
export async function deleteStaleImportPreviews(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - importPreviewLifetimeDays * 86_400_000);
  const deleted = await db().delete(participationImports)
    .where(and(isNull(participationImports.appliedAt), lt(participationImports.createdAt, before)))
    .returning({ id: participationImports.id });
  return deleted.length;
}

export type ApplyImportResult =
  | { ok: true; participants: number; newSchools: number }
  | { ok: false; reason: 'not-found' | 'already-applied' | 'has-errors' };

/**
 * Applies a previewed import in one transaction: new schools, then participations. A file with an
 * error row is refused whole unless onlyValid was chosen. Marking it applied is the first write,
 * conditional on it not being applied yet, so a double submit imports once.
 */
export async function applyImport(organisationId: AuthorizedOrgId, networkId: string, importId: string, onlyValid: boolean): Promise<ApplyImportResult> {
  if (!(await ownsNetwork(organisationId, networkId))) return { ok: false, reason: 'not-found' };
  return db().transaction(async (tx) => {
    const [claimed] = await tx.update(participationImports).set({ appliedAt: new Date() })
      .where(and(eq(participationImports.id, importId), eq(participationImports.networkId, networkId), isNull(participationImports.appliedAt)))
      .returning();
    if (!claimed) {
      const [exists] = await tx.select({ id: participationImports.id }).from(participationImports)
        .where(and(eq(participationImports.id, importId), eq(participationImports.networkId, networkId)));
      return { ok: false, reason: exists ? 'already-applied' : 'not-found' } as const;
    }
    const rows = claimed.rows as ImportRow[];
    if (!onlyValid && rows.some((r) => r.outcome === 'error')) tx.rollback();
    const schoolIds: string[] = [];
    let newSchools = 0;
    for (const row of rows) {
      if (row.outcome === 'matched') schoolIds.push(row.schoolId);
      if (row.outcome === 'new') {
        const [created] = await tx.insert(schools).values(row.school).onConflictDoNothing().returning({ id: schools.id });
        // Someone may have added the same school since the preview: use that one.
        const id = created?.id ?? (await tx.select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, row.school.institutionNumber)))[0]?.id;
        if (created) newSchools++;
        if (id) schoolIds.push(id);
      }
    }
    const unique = [...new Set(schoolIds)];
    if (unique.length > 0) {
      await tx.insert(projectParticipations)
        .values(unique.map((schoolId) => ({ networkId, schoolId, schoolYear: claimed.schoolYear, source: 'import' as const })))
        .onConflictDoNothing();
    }
    return { ok: true, participants: unique.length, newSchools } as const;
  }).catch((err: unknown) => {
    if (err instanceof TransactionRollbackError) return { ok: false, reason: 'has-errors' } as const;
    throw err;
  });
}

export type FormResult = { ok: true; created: boolean; members: number } | { ok: false; reason: 'not-found' | 'no-participants' };

/**
 * Forms the learning network of `schoolYear` from the participants of the year before, in one
 * INSERT … SELECT. Forming again changes nothing: the unique (network, year) decides.
 */
export async function formLearningNetwork(organisationId: AuthorizedOrgId, networkId: string, schoolYear: number): Promise<FormResult> {
  if (!(await ownsNetwork(organisationId, networkId))) return { ok: false, reason: 'not-found' };
  return db().transaction(async (tx) => {
    const [created] = await tx.insert(learningNetworks).values({ networkId, schoolYear, formedFromYear: schoolYear - 1 })
      .onConflictDoNothing().returning({ id: learningNetworks.id });
    if (!created) {
      const [existing] = await tx.select({ count: sql<number>`count(*)::int` }).from(learningNetworkMembers)
        .innerJoin(learningNetworks, eq(learningNetworks.id, learningNetworkMembers.learningNetworkId))
        .where(and(eq(learningNetworks.networkId, networkId), eq(learningNetworks.schoolYear, schoolYear), eq(learningNetworkMembers.active, true)));
      return { ok: true, created: false, members: existing?.count ?? 0 } as const;
    }
    await tx.execute(sql`
      insert into learning_network_members (learning_network_id, school_id)
      select ${created.id}, p.school_id from project_participations p
      where p.network_id = ${networkId} and p.school_year = ${schoolYear - 1}`);
    const [{ members } = { members: 0 }] = await tx.select({ members: sql<number>`count(*)::int` }).from(learningNetworkMembers)
      .where(eq(learningNetworkMembers.learningNetworkId, created.id));
    // A learning network without the previous year's participants would be an empty shell.
    if (members === 0) tx.rollback();
    return { ok: true, created: true, members } as const;
  }).catch((err: unknown) => {
    if (err instanceof TransactionRollbackError) return { ok: false, reason: 'no-participants' } as const;
    throw err;
  });
}

/**
 * Forms the learning network of `schoolYear` with the given schools as its members, inside the
 * caller's transaction: for a network whose members are not last year's participants, e.g. the
 * schools of a coached trajectory offer (ADR 050). Refused, writing nothing of its own, when the
 * network is not the organisation's, the year already has one, or no school is given.
 */
export async function formLearningNetworkOfSchools(
  tx: Tx, organisationId: AuthorizedOrgId, networkId: string, schoolYear: number, schoolIds: readonly string[]
): Promise<{ ok: true; id: string; members: number } | { ok: false; reason: 'not-found' | 'exists' | 'no-participants' }> {
  const [owned] = await tx.select({ id: networks.id }).from(networks).where(and(eq(networks.id, networkId), eq(networks.organisationId, organisationId)));
  if (!owned) return { ok: false, reason: 'not-found' };
  const unique = [...new Set(schoolIds)];
  if (unique.length === 0) return { ok: false, reason: 'no-participants' };
  const [created] = await tx.insert(learningNetworks).values({ networkId, schoolYear, formedFromYear: schoolYear })
    .onConflictDoNothing().returning({ id: learningNetworks.id });
  if (!created) return { ok: false, reason: 'exists' };
  await tx.insert(learningNetworkMembers).values(unique.map((schoolId) => ({ learningNetworkId: created.id, schoolId })));
  return { ok: true, id: created.id, members: unique.length };
}

/** Every write here is scoped by the owning organisation: a forged id of another tenant is a no-op. */
async function ownsLearningNetwork(organisationId: AuthorizedOrgId, learningNetworkId: string): Promise<boolean> {
  const [row] = await db().select({ id: learningNetworks.id }).from(learningNetworks)
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .where(and(eq(learningNetworks.id, learningNetworkId), eq(networks.organisationId, organisationId)));
  return !!row;
}

export async function addCohortMember(
  organisationId: AuthorizedOrgId, cohort: ManagedCohort, input: { institutionNumber: string; reason: string }, personId: string
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'school-not-found' | 'already-member' }> {
  const learningNetworkId = cohort.id;
  if (!(await ownsLearningNetwork(organisationId, learningNetworkId))) return { ok: false, reason: 'not-found' };
  const [school] = await db().select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, input.institutionNumber));
  if (!school) return { ok: false, reason: 'school-not-found' };
  return db().transaction(async (tx) => {
    const [row] = await tx.insert(learningNetworkMembers).values({ learningNetworkId, schoolId: school.id, active: true })
      .onConflictDoUpdate({ target: [learningNetworkMembers.learningNetworkId, learningNetworkMembers.schoolId], set: { active: true },
        setWhere: eq(learningNetworkMembers.active, false) })
      .returning({ schoolId: learningNetworkMembers.schoolId });
    if (!row) return { ok: false, reason: 'already-member' } as const;
    await tx.insert(learningNetworkChanges).values({ learningNetworkId, schoolId: school.id, change: 'added', reason: input.reason, personId });
    return { ok: true } as const;
  });
}

export async function removeCohortMember(
  organisationId: AuthorizedOrgId, cohort: ManagedCohort, input: { schoolId: string; reason: string }, personId: string
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'not-a-member' }> {
  const learningNetworkId = cohort.id;
  if (!(await ownsLearningNetwork(organisationId, learningNetworkId))) return { ok: false, reason: 'not-found' };
  return db().transaction(async (tx) => {
    const [row] = await tx.update(learningNetworkMembers).set({ active: false })
      .where(and(eq(learningNetworkMembers.learningNetworkId, learningNetworkId), eq(learningNetworkMembers.schoolId, input.schoolId),
        eq(learningNetworkMembers.active, true)))
      .returning({ schoolId: learningNetworkMembers.schoolId });
    if (!row) return { ok: false, reason: 'not-a-member' } as const;
    await tx.insert(learningNetworkChanges).values({ learningNetworkId, schoolId: input.schoolId, change: 'removed', reason: input.reason, personId });
    return { ok: true } as const;
  });
}

// How the network's workspace answers each refusal; an unknown network reads as an unknown school there.
export const addParticipantFailures = {
  'already-participant': { status: 409, field: 'institutionNumber', key: 'alreadyParticipant' },
  'school-not-found': { status: 404, field: 'institutionNumber', key: 'schoolNotFound' },
  'not-found': { status: 404, field: 'institutionNumber', key: 'schoolNotFound' }
} satisfies FailureMap<Awaited<ReturnType<typeof addParticipant>>>;

export const applyImportFailures = {
  'has-errors': { status: 422, key: 'importHasErrors' },
  'already-applied': { status: 409, key: 'importAlreadyApplied' },
  'not-found': { status: 409, key: 'importNotFound' }
} satisfies FailureMap<ApplyImportResult>;

export const formLearningNetworkFailures = {
  'no-participants': { status: 422, field: 'schoolYear', key: 'noParticipants' },
  'not-found': { status: 404, field: 'schoolYear', key: 'notFound' }
} satisfies FailureMap<FormResult>;

export const addCohortMemberFailures = {
  'already-member': { status: 409, field: 'institutionNumber', key: 'alreadyCohortMember' },
  'school-not-found': { status: 404, field: 'institutionNumber', key: 'schoolNotFound' },
  'not-found': { status: 404, field: 'institutionNumber', key: 'schoolNotFound' }
} satisfies FailureMap<Awaited<ReturnType<typeof addCohortMember>>>;

export const removeCohortMemberFailures = {
  'not-a-member': { status: 409, field: 'reason', key: 'notCohortMember' },
  'not-found': { status: 409, field: 'reason', key: 'notCohortMember' }
} satisfies FailureMap<Awaited<ReturnType<typeof removeCohortMember>>>;

// Reading an uploaded participants file into a stored preview. The checks sit here, not in the
// route, so every caller refuses an empty, oversized, unreadable or control-character file alike.
export type ImportPreviewResult =
  | { ok: true; id: string | null }
  | { ok: false; reason: 'empty' | 'too-large' | 'refused-text' }
  | { ok: false; reason: 'unreadable'; key: TableErrorKey | 'importNoIdentity' };

export const importPreviewFailures = {
  empty: { status: 400, field: 'file', key: 'importEmpty' },
  'too-large': { status: 413, field: 'file', key: 'importTooLarge' },
  'refused-text': { status: 400, field: 'file', key: controlCharactersKey },
  unreadable: (failure) => ({ status: 400, field: 'file', key: failure.key })
} satisfies FailureMap<ImportPreviewResult>;

export async function previewImport(
  organisationId: AuthorizedOrgId, networkId: string,
  input: { schoolYear: number; file: FormDataEntryValue | null; personId: string }
): Promise<ImportPreviewResult> {
  const { file } = input;
  if (!(file instanceof File) || file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > maxImportBytes) return { ok: false, reason: 'too-large' };
  const table = await readTable(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!table.ok) return { ok: false, reason: 'unreadable', key: table.key };
  // The preview stores file name and cells, so they pass the same text rule as a form (ADR 018).
  if ([file.name, ...table.headers, ...table.rows.flat()].some(hasRefusedCharacter)) return { ok: false, reason: 'refused-text' };
  const columns = mapImportHeaders(table.headers);
  if (!columns.ok) return { ok: false, reason: 'unreadable', key: columns.key };
  const directory = await loadDirectoryForImport();
  const lookup = {
    byNumber: new Map(directory.map((s) => [s.institutionNumber, { id: s.id, name: s.name }])),
    byNameAndMunicipality: new Map(directory.map((s) => [nameKey(s.name, s.municipality), { id: s.id, name: s.name }]))
  };
  const rows = classifyImportRows(table.rows, columns.columns, lookup, table.lines);
  const id = await saveImportPreview(organisationId, networkId, { schoolYear: input.schoolYear, fileName: file.name, rows, personId: input.personId });
  return { ok: true, id };
}
