// Reads of the communication kit (ADR 059). The composer's side takes the `KitNetwork` its guard
// minted; a school's side the `MemberKit`, or the school's `AuthorizedSchoolId` for its list.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db, queryRows } from '$lib/server/db/client';
import type { AuthorizedSchoolId } from '$lib/server/tenancy';
import { publicMembersSql } from '../learning-networks/data.server';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import type { Kit, KitFile, KitNetwork, KitText, MemberKit } from './types';
import { communicationKitFiles, communicationKits, communicationKitTexts } from './tables.server';

const kitColumn = (column: 'network_id' | 'school_year' | 'id') => sql`${sql.identifier('communication_kits')}.${sql.identifier(column)}`;

/**
 * Whether the school is a member of the kit's network in the kit's school year (the public member
 * list's rule: the learning network where one was formed, otherwise the memberships). Qualified by
 * hand: an interpolated column may render bare, and the subquery has columns of those names.
 */
export function isKitMemberSql(schoolId: string): ReturnType<typeof sql> {
  return sql`exists (select 1 from (${publicMembersSql(kitColumn('network_id'))}) y where y.school_year = ${kitColumn('school_year')} and y.school_id = ${schoolId})`;
}

/** A kit is there for members once it holds a file or a text block. */
export const kitHasItemsSql = sql`(exists (select 1 from communication_kit_files f where f.kit_id = ${kitColumn('id')})
  or exists (select 1 from communication_kit_texts t where t.kit_id = ${kitColumn('id')}))`;

const fileColumns = {
  id: communicationKitFiles.id, title: communicationKitFiles.title, category: communicationKitFiles.category,
  description: communicationKitFiles.description, fileName: communicationKitFiles.fileName, kind: communicationKitFiles.kind,
  size: communicationKitFiles.size, createdAt: communicationKitFiles.createdAt
};

async function kitItems(kitId: string): Promise<{ files: KitFile[]; texts: KitText[] }> {
  const [files, texts] = await Promise.all([
    db().select(fileColumns).from(communicationKitFiles).where(eq(communicationKitFiles.kitId, kitId))
      .orderBy(sql`array_position(array['logo','flyer','template','other'], ${communicationKitFiles.category})`, asc(communicationKitFiles.createdAt)),
    db().select({ id: communicationKitTexts.id, title: communicationKitTexts.title, body: communicationKitTexts.body })
      .from(communicationKitTexts).where(eq(communicationKitTexts.kitId, kitId)).orderBy(asc(communicationKitTexts.position))
  ]);
  return { files, texts };
}

/** The network's kit of a school year as its composer sees it; empty when none was started. */
export async function findComposedKit(network: KitNetwork, schoolYear: number): Promise<Kit> {
  const [kit] = await db().select({ id: communicationKits.id }).from(communicationKits)
    .where(and(eq(communicationKits.networkId, network.id), eq(communicationKits.schoolYear, schoolYear)));
  if (!kit) return { id: null, files: [], texts: [] };
  return { id: kit.id, ...(await kitItems(kit.id)) };
}

/** The network's kits with their item counts, and the school years it has members in. */
export async function listNetworkKits(network: KitNetwork) {
  const [kits, memberYears] = await Promise.all([
    db().select({
      schoolYear: communicationKits.schoolYear,
      files: db().$count(communicationKitFiles, eq(communicationKitFiles.kitId, communicationKits.id)),
      texts: db().$count(communicationKitTexts, eq(communicationKitTexts.kitId, communicationKits.id))
    }).from(communicationKits).where(eq(communicationKits.networkId, network.id)).orderBy(desc(communicationKits.schoolYear)),
    queryRows<{ schoolYear: number }>(sql`select distinct y.school_year as "schoolYear" from (${publicMembersSql(network.id)}) y`)
  ]);
  return { kits, memberYears: memberYears.map((r) => Number(r.schoolYear)) };
}

/** One file of the network's kit of that year, with its bytes; null for another kit's (or no) file. */
export async function readComposedKitFile(network: KitNetwork, schoolYear: number, fileId: string) {
  const [file] = await db().select({ ...fileColumns, hash: communicationKitFiles.hash, bytes: communicationKitFiles.bytes })
    .from(communicationKitFiles).innerJoin(communicationKits, eq(communicationKits.id, communicationKitFiles.kitId))
    .where(and(eq(communicationKitFiles.id, fileId), eq(communicationKits.networkId, network.id), eq(communicationKits.schoolYear, schoolYear)));
  return file ?? null;
}

const kitHeaderColumns = {
  id: communicationKits.id, schoolYear: communicationKits.schoolYear, networkId: networks.id, networkName: networks.name,
  organisationName: organisations.name, organisationSlug: organisations.slug
};

/**
 * The kits a school's people see: with at least one item, of a network the school is a member of
 * in the kit's school year; the newest year first.
 */
export async function listSchoolKits(schoolId: AuthorizedSchoolId) {
  return db().select(kitHeaderColumns).from(communicationKits)
    .innerJoin(networks, eq(networks.id, communicationKits.networkId))
    .innerJoin(organisations, eq(organisations.id, communicationKits.organisationId))
    .where(and(isKitMemberSql(schoolId), kitHasItemsSql))
    .orderBy(desc(communicationKits.schoolYear), asc(networks.name));
}

/** For the guard: the kit, when it has items and the school is a member that year; null otherwise. */
export async function findKitForSchool(kitId: string, schoolId: string) {
  const [kit] = await db().select(kitHeaderColumns).from(communicationKits)
    .innerJoin(networks, eq(networks.id, communicationKits.networkId))
    .innerJoin(organisations, eq(organisations.id, communicationKits.organisationId))
    .where(and(eq(communicationKits.id, kitId), isKitMemberSql(schoolId), kitHasItemsSql));
  return kit ?? null;
}

export type SchoolKit = NonNullable<Awaited<ReturnType<typeof findKitForSchool>>>;

/** A member's view of a kit's files and text blocks. */
export function memberKitItems(kit: MemberKit) {
  return kitItems(kit.id);
}

/** One file of a kit a school may open, with its bytes; null for a file of another kit. */
export async function readMemberKitFile(kit: MemberKit, fileId: string) {
  const [file] = await db().select({ ...fileColumns, hash: communicationKitFiles.hash, bytes: communicationKitFiles.bytes })
    .from(communicationKitFiles).where(and(eq(communicationKitFiles.id, fileId), eq(communicationKitFiles.kitId, kit.id)));
  return file ?? null;
}
