import { and, asc, desc, eq, ilike, inArray, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '$lib/server/db/client';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import { mapKeepers, mapLinks, mapPartners, mapShares, mapSnapshots, networkMaps } from './tables.server';
import type { Closeness, ContactRole, PartnerCategory, SnapshotLink } from './rules';
import type { MapView } from './types';

/**
 * What the map's policy decides with (a plain id: only access modules import it): whether the map
 * was started, who keeps it and which organisations it is shared with.
 */
export async function findMapSubject(schoolId: string) {
  const [map] = await db().select({ countsInPeers: networkMaps.countsInPeers }).from(networkMaps).where(eq(networkMaps.schoolId, schoolId));
  if (!map) return { started: false, countsInPeers: false, keepers: [] as string[], sharedWith: [] as string[] };
  const [keepers, shares] = await Promise.all([
    db().select({ personId: mapKeepers.personId }).from(mapKeepers).where(eq(mapKeepers.schoolId, schoolId)),
    db().select({ organisationId: mapShares.organisationId }).from(mapShares).where(eq(mapShares.schoolId, schoolId))
  ]);
  return { started: true, countsInPeers: map.countsInPeers, keepers: keepers.map((k) => k.personId), sharedWith: shares.map((s) => s.organisationId) };
}

const contactPeople = alias(people, 'contact_people');

export interface MapLink {
  id: string;
  partnerId: string;
  partnerName: string;
  municipality: string;
  categories: PartnerCategory[];
  category: PartnerCategory;
  website: string | null;
  contact: string | null;
  nature: string;
  forPupils: boolean;
  forParents: boolean;
  forTeam: boolean;
  contactRole: ContactRole | null;
  contactPersonId: string | null;
  contactPersonName: string | null;
  closeness: Closeness;
  sinceYear: number | null;
  notes: string;
}

function linkQuery() {
  return db().select({
    id: mapLinks.id, partnerId: mapPartners.id, partnerName: mapPartners.name, municipality: mapPartners.municipality,
    categories: mapPartners.categories, website: mapPartners.website, contact: mapPartners.contact, nature: mapLinks.nature,
    forPupils: mapLinks.forPupils, forParents: mapLinks.forParents, forTeam: mapLinks.forTeam, contactRole: mapLinks.contactRole,
    contactPersonId: mapLinks.contactPersonId, contactPersonName: contactPeople.name, closeness: mapLinks.closeness,
    sinceYear: mapLinks.sinceYear, notes: mapLinks.notes
  }).from(mapLinks)
    .innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .leftJoin(contactPeople, eq(contactPeople.id, mapLinks.contactPersonId));
}

type LinkRow = Awaited<ReturnType<typeof linkQuery>>[number];
const asLink = (row: LinkRow): MapLink => {
  const categories = row.categories as PartnerCategory[];
  return { ...row, categories, category: categories[0] ?? 'informeel' };
};

/** The map's links, by category order of the partner's first category and then by name. */
export async function listLinks(map: MapView): Promise<MapLink[]> {
  const rows = await linkQuery().where(eq(mapLinks.schoolId, map.id)).orderBy(asc(sql`lower(${mapPartners.name})`));
  return rows.map(asLink);
}

export async function findLink(map: MapView, linkId: string): Promise<MapLink | null> {
  const [row] = await linkQuery().where(and(eq(mapLinks.schoolId, map.id), eq(mapLinks.id, linkId)));
  return row ? asLink(row) : null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const notOnMap = (map: MapView) => notExists(db().select({ one: sql`1` }).from(mapLinks)
  .where(and(eq(mapLinks.schoolId, map.id), eq(mapLinks.partnerId, mapPartners.id))));

const partnerColumns = { id: mapPartners.id, name: mapPartners.name, municipality: mapPartners.municipality, categories: mapPartners.categories };

/** Directory partners not yet on the map whose name or municipality holds the query. */
export async function searchDirectory(map: MapView, query: string) {
  const pattern = `%${escapeLike(query.trim())}%`;
  return db().select(partnerColumns).from(mapPartners)
    .where(and(notOnMap(map), or(ilike(mapPartners.name, pattern), ilike(mapPartners.municipality, pattern))))
    .orderBy(asc(sql`lower(${mapPartners.name})`)).limit(20);
}

/** The CLB and the local consultation (LOP, flankerend onderwijsbeleid) of the school's municipality, if not on the map yet. */
export async function suggestedPartners(map: MapView, municipality: string) {
  return db().select(partnerColumns).from(mapPartners)
    .where(and(notOnMap(map), sql`lower(${mapPartners.municipality}) = lower(${municipality})`,
      or(sql`'clb' = any(${mapPartners.categories})`, sql`'lokaal-overleg' = any(${mapPartners.categories})`)))
    .orderBy(asc(mapPartners.name));
}

export async function findPartner(partnerId: string) {
  const [row] = await db().select(partnerColumns).from(mapPartners).where(eq(mapPartners.id, partnerId));
  return row ?? null;
}

/** The school's people, for the contact holder and the keepers. */
export async function listMapStaff(map: MapView) {
  return db().select({ personId: people.id, name: people.name, access: schoolStaff.access, schoolRole: schoolStaff.schoolRole })
    .from(schoolStaff).innerJoin(people, eq(people.id, schoolStaff.personId))
    .where(eq(schoolStaff.schoolId, map.id)).orderBy(asc(people.name));
}

/** Every organisation of the platform: a school may share its map with any of them. */
export async function listShareTargets() {
  return db().select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name));
}

/** The maps schools shared with this organisation, for its facilitators. */
export async function listMapsSharedWith(organisationId: AuthorizedOrgId) {
  return db().select({
    institutionNumber: schools.institutionNumber, name: schools.name, municipality: schools.municipality,
    partners: db().$count(mapLinks, eq(mapLinks.schoolId, mapShares.schoolId))
  }).from(mapShares).innerJoin(schools, eq(schools.id, mapShares.schoolId))
    .where(eq(mapShares.organisationId, organisationId)).orderBy(asc(schools.name));
}

/** The school years the map was kept for, newest first. */
export async function listSnapshotYears(map: MapView): Promise<number[]> {
  const rows = await db().select({ year: mapSnapshots.schoolYear }).from(mapSnapshots)
    .where(eq(mapSnapshots.schoolId, map.id)).orderBy(desc(mapSnapshots.schoolYear));
  return rows.map((r) => r.year);
}

export async function findSnapshots(map: MapView, years: number[]): Promise<Map<number, SnapshotLink[]>> {
  if (years.length === 0) return new Map();
  const rows = await db().select({ year: mapSnapshots.schoolYear, links: mapSnapshots.links }).from(mapSnapshots)
    .where(and(eq(mapSnapshots.schoolId, map.id), inArray(mapSnapshots.schoolYear, years)));
  return new Map(rows.map((r) => [r.year, r.links]));
}

/**
 * Peer suggestions: partners that other schools of the same province work with, counted only from
 * maps whose school chose to count anonymously (ADR 036). Only the partner and how many schools
 * are returned — never which school, so a suggestion cannot reveal its source.
 */
export async function peerSuggestions(map: MapView, province: (typeof schools.$inferSelect)['province'], limit = 8) {
  if (!province) return [];
  const peerSchools = db().select({ id: networkMaps.schoolId }).from(networkMaps)
    .innerJoin(schools, eq(schools.id, networkMaps.schoolId))
    .where(and(eq(networkMaps.countsInPeers, true), eq(schools.province, province), sql`${networkMaps.schoolId} <> ${map.id}`));
  const rows = await db().select({ ...partnerColumns, schools: sql<number>`count(distinct ${mapLinks.schoolId})::int` })
    .from(mapLinks).innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .where(and(inArray(mapLinks.schoolId, peerSchools), notOnMap(map)))
    .groupBy(mapPartners.id)
    .orderBy(desc(sql`count(distinct ${mapLinks.schoolId})`), asc(mapPartners.name)).limit(limit);
  return rows;
}
