// The regional view's reads (ADR 047): every query starts from the maps shared with the view's
// organisation (map_shares), so a map not shared with it never counts, in SQL, whatever the scope.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { schools } from '../schools/tables.server';
import { mapLinks, mapPartners, mapShares } from '../network-map/tables.server';
import type { Closeness, PartnerCategory } from '../network-map/rules';
import type { RegionView } from './types';

/** The schools whose maps are shared with the organisation; with `memberIds`, only those among them. */
function sharedSchoolIds(view: RegionView, memberIds: string[] | null) {
  const shared = eq(mapShares.organisationId, view.id);
  return db().select({ id: mapShares.schoolId }).from(mapShares)
    .where(memberIds ? and(shared, memberIds.length ? inArray(mapShares.schoolId, memberIds) : sql`false`) : shared);
}

export type RegionSchool = Awaited<ReturnType<typeof listRegionSchools>>[number];

/** The schools in scope that shared their map, with how many partners each map holds. */
export async function listRegionSchools(view: RegionView, memberIds: string[] | null) {
  return db().select({
    id: schools.id, institutionNumber: schools.institutionNumber, name: schools.name, municipality: schools.municipality,
    partners: db().$count(mapLinks, eq(mapLinks.schoolId, schools.id))
  }).from(schools).where(inArray(schools.id, sharedSchoolIds(view, memberIds))).orderBy(asc(schools.name));
}

/** Partners on the most maps in scope, with how many schools each serves; only those on two or more. */
export async function listPartnersServingMany(view: RegionView, memberIds: string[] | null, limit = 15) {
  const schoolCount = sql<number>`count(distinct ${mapLinks.schoolId})::int`;
  const rows = await db().select({
    id: mapPartners.id, name: mapPartners.name, municipality: mapPartners.municipality, categories: mapPartners.categories, schools: schoolCount
  }).from(mapLinks).innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .where(inArray(mapLinks.schoolId, sharedSchoolIds(view, memberIds)))
    .groupBy(mapPartners.id).having(sql`count(distinct ${mapLinks.schoolId}) >= 2`)
    .orderBy(desc(schoolCount), asc(sql`lower(${mapPartners.name})`)).limit(limit);
  return rows.map((r) => ({ ...r, categories: r.categories as PartnerCategory[] }));
}

/** Which categories each school in scope holds (a partner counts for each of its categories). */
export async function listHeldCategories(view: RegionView, memberIds: string[] | null) {
  return db().selectDistinct({ schoolId: mapLinks.schoolId, category: sql<string>`unnest(${mapPartners.categories})` })
    .from(mapLinks).innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .where(inArray(mapLinks.schoolId, sharedSchoolIds(view, memberIds)));
}

/** The graph's rows: the schools in scope, the partners on their maps and the links between them. */
export async function loadRegionGraph(view: RegionView, memberIds: string[] | null) {
  const [schoolRows, linkRows] = await Promise.all([
    db().select({ id: schools.id, name: schools.name, municipality: schools.municipality })
      .from(schools).where(inArray(schools.id, sharedSchoolIds(view, memberIds))),
    db().select({
      schoolId: mapLinks.schoolId, partnerId: mapLinks.partnerId, closeness: mapLinks.closeness,
      name: mapPartners.name, category: sql<string>`${mapPartners.categories}[1]`
    }).from(mapLinks).innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
      .where(inArray(mapLinks.schoolId, sharedSchoolIds(view, memberIds)))
  ]);
  const partners = new Map<string, { id: string; name: string; category: PartnerCategory }>();
  for (const row of linkRows) {
    if (!partners.has(row.partnerId)) partners.set(row.partnerId, { id: row.partnerId, name: row.name, category: (row.category ?? 'informeel') as PartnerCategory });
  }
  return {
    schools: schoolRows,
    partners: [...partners.values()],
    links: linkRows.map((r) => ({ schoolId: r.schoolId, partnerId: r.partnerId, closeness: r.closeness as Closeness }))
  };
}

/** How many different partners and links the maps in scope hold, for the page's figures. */
export async function countRegion(view: RegionView, memberIds: string[] | null) {
  const [row] = await db().select({
    partners: sql<number>`count(distinct ${mapLinks.partnerId})::int`, links: sql<number>`count(*)::int`
  }).from(mapLinks).where(inArray(mapLinks.schoolId, sharedSchoolIds(view, memberIds)));
  return { partners: row?.partners ?? 0, links: row?.links ?? 0 };
}
