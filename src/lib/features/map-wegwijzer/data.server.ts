import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { messagesFor } from '$lib/i18n/messages';
import { db, type Tx } from '$lib/server/db/client';
import { mapKeepers, mapLinks, mapPartners } from '../network-map/tables.server';
import type { ContactRole } from '../network-map/rules';
import { people } from '../people/tables.server';
import { schoolStaff } from '../schools/tables.server';
import { bestMatches, byQuestion, rankRows, searchText, type QuestionType } from './rules';
import { wegwijzerRows } from './tables.server';
import type { KeeperHandover, WegwijzerView } from './types';

const staffOfRow = alias(schoolStaff, 'row_staff');

export interface WegwijzerRow {
  id: string;
  questionType: QuestionType;
  question: string;
  keywords: string;
  role: ContactRole;
  /** The named person, while they are on the school's team. */
  personName: string | null;
  personId: string | null;
  linkId: string | null;
  partnerName: string | null;
  partnerWebsite: string | null;
  partnerContact: string | null;
  approach: string;
}

/** The school's wegwijzer, by question type. */
export async function listRows(view: WegwijzerView): Promise<WegwijzerRow[]> {
  const rows = await db().select({
    id: wegwijzerRows.id, questionType: wegwijzerRows.questionType, question: wegwijzerRows.question, keywords: wegwijzerRows.keywords,
    role: wegwijzerRows.role, personId: staffOfRow.personId, personName: people.name, linkId: mapLinks.id,
    partnerName: mapPartners.name, partnerWebsite: mapPartners.website, partnerContact: mapPartners.contact, approach: wegwijzerRows.approach
  }).from(wegwijzerRows)
    .leftJoin(staffOfRow, and(eq(staffOfRow.schoolId, wegwijzerRows.schoolId), eq(staffOfRow.personId, wegwijzerRows.personId)))
    .leftJoin(people, eq(people.id, staffOfRow.personId))
    // Only a link of this school's own map names a partner.
    .leftJoin(mapLinks, and(eq(mapLinks.id, wegwijzerRows.linkId), eq(mapLinks.schoolId, wegwijzerRows.schoolId)))
    .leftJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .where(eq(wegwijzerRows.schoolId, view.id))
    .orderBy(asc(wegwijzerRows.createdAt));
  return byQuestion(rows.map((r) => ({ ...r, personName: r.personId ? r.personName : null })));
}

/** Each text's stems under the Dutch search configuration (unaccent, Dutch snowball, no stop words; ADR 043). */
async function stems(texts: string[]): Promise<string[][]> {
  if (texts.length === 0) return [];
  const values = sql.join(texts.map((t, i) => sql`(${i}::int, ${t}::text)`), sql`, `);
  const result = (await db().execute(sql`select v.i as i, array_to_string(tsvector_to_array(to_tsvector('netwerkplein_nl'::regconfig, v.t)), ' ') as lexemes
    from (values ${values}) as v(i, t) order by v.i`)) as unknown as { rows: { i: number; lexemes: string | null }[] };
  return result.rows.map((r) => (r.lexemes ? r.lexemes.split(' ').filter(Boolean) : []));
}

/**
 * Searching the wegwijzer for a need in the staff member's words ("ouder vraagt hulp bij
 * schoolkosten"): the need and every row are stemmed the same way, and the rows ranked by the
 * rare stems they share with it (ADR 046). The row's text is its labels in Dutch, its question
 * type's search words, the school's own words and its partner's current name.
 */
export async function searchRows(view: WegwijzerView, need: string) {
  const rows = await listRows(view);
  const nl = messagesFor('nl');
  const texts = rows.map((r) => searchText({
    typeLabel: r.questionType === 'eigen' ? '' : nl.mapWegwijzer.questionTypes[r.questionType], type: r.questionType,
    question: r.question, keywords: r.keywords, roleLabel: nl.schoolRoles[r.role], approach: r.approach, partnerName: r.partnerName
  }));
  const [query, ...rowStems] = await stems([need, ...texts]);
  const ranked = rankRows(query ?? [], rows.map((r, i) => ({ id: r.id, lexemes: rowStems[i] ?? [] })));
  const { best, also } = bestMatches(ranked);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows, best: best.map((id) => byId.get(id)!), also: also.map((id) => byId.get(id)!) };
}

/** The partners on the school's map a row may refer to. */
export async function listMapPartners(view: WegwijzerView) {
  return db().select({ linkId: mapLinks.id, name: mapPartners.name }).from(mapLinks)
    .innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .where(eq(mapLinks.schoolId, view.id)).orderBy(asc(sql`lower(${mapPartners.name})`));
}

/** The school's team, for the named person of a row and the new keeper. */
export async function listTeam(view: WegwijzerView | KeeperHandover) {
  return db().select({ personId: people.id, name: people.name, access: schoolStaff.access, schoolRole: schoolStaff.schoolRole })
    .from(schoolStaff).innerJoin(people, eq(people.id, schoolStaff.personId))
    .where(eq(schoolStaff.schoolId, view.id)).orderBy(asc(people.name));
}

/** Map keepers who are no longer on the school's team: their duty waits for a successor. */
function orphanedKeepers(runner: Tx | ReturnType<typeof db>, schoolId: string) {
  return runner.select({ personId: people.id, name: people.name, since: mapKeepers.createdAt }).from(mapKeepers)
    .innerJoin(people, eq(people.id, mapKeepers.personId))
    .leftJoin(schoolStaff, and(eq(schoolStaff.schoolId, mapKeepers.schoolId), eq(schoolStaff.personId, mapKeepers.personId)))
    .where(and(eq(mapKeepers.schoolId, schoolId), isNull(schoolStaff.personId)))
    .orderBy(asc(people.name));
}

export async function listOrphanedKeepers(handover: KeeperHandover) {
  return orphanedKeepers(db(), handover.id);
}

/** How many keeper duties wait for a successor (a plain id: only the access module's notice asks). */
export async function countOrphanedKeepers(schoolId: string): Promise<number> {
  return (await orphanedKeepers(db(), schoolId)).length;
}

/** The directory partner of a link on the school's map, with the schools that link it (plain ids: for access). */
export async function findLinkedPartner(schoolId: string, linkId: string) {
  const [row] = await db().select({ partnerId: mapPartners.id }).from(mapLinks)
    .innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .where(and(eq(mapLinks.schoolId, schoolId), eq(mapLinks.id, linkId)));
  return row ? findPartnerFacts(row.partnerId) : null;
}

export async function findPartnerFacts(partnerId: string) {
  const [partner] = await db().select({
    id: mapPartners.id, name: mapPartners.name, municipality: mapPartners.municipality, website: mapPartners.website,
    contact: mapPartners.contact, categories: mapPartners.categories
  }).from(mapPartners).where(eq(mapPartners.id, partnerId));
  if (!partner) return null;
  const linked = await db().selectDistinct({ schoolId: mapLinks.schoolId }).from(mapLinks).where(eq(mapLinks.partnerId, partnerId));
  return { ...partner, linkedBy: linked.map((l) => l.schoolId) };
}

/** One row of the school's wegwijzer; another school's row id is none. */
export async function findRow(view: WegwijzerView, rowId: string): Promise<WegwijzerRow | null> {
  return (await listRows(view)).find((r) => r.id === rowId) ?? null;
}

/** The shared directory for the platform admins (read only behind `requirePartnerDirectory`): name or municipality holds the query. */
export async function listDirectory(query: string) {
  const pattern = `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db().select({
    id: mapPartners.id, name: mapPartners.name, municipality: mapPartners.municipality,
    schools: db().$count(mapLinks, eq(mapLinks.partnerId, mapPartners.id))
  }).from(mapPartners)
    .where(query.trim() ? sql`(${mapPartners.name} ilike ${pattern} or ${mapPartners.municipality} ilike ${pattern})` : undefined)
    .orderBy(asc(sql`lower(${mapPartners.name})`), asc(mapPartners.municipality)).limit(100);
}
