import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { networkMemberships, networks, organisations, schools } from '$lib/server/db/schema';
import type { AuthorizedOrgId } from '$lib/server/tenancy';

const networkColumns = {
  id: networks.id,
  organisationId: networks.organisationId,
  organisationSlug: organisations.slug,
  organisationName: organisations.name,
  slug: networks.slug,
  name: networks.name,
  description: networks.description,
  isPublic: networks.isPublic,
  contactName: networks.contactName,
  contactEmail: networks.contactEmail
};

export type NetworkRecord = NonNullable<Awaited<ReturnType<typeof findNetworkBySlugs>>>;

/** Returns the network whatever its visibility: callers pass it to canNetwork(…, 'view') first. */
export async function findNetworkBySlugs(organisationSlug: string, networkSlug: string) {
  const [row] = await db()
    .select(networkColumns)
    .from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .where(and(eq(organisations.slug, organisationSlug), eq(networks.slug, networkSlug)));
  return row ?? null;
}

export async function findNetworkById(id: string) {
  const [row] = await db()
    .select(networkColumns)
    .from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .where(eq(networks.id, id));
  return row ?? null;
}

export async function listNetworkSchoolYears(networkId: string): Promise<number[]> {
  const rows = await db()
    .selectDistinct({ schoolYear: networkMemberships.schoolYear })
    .from(networkMemberships)
    .where(eq(networkMemberships.networkId, networkId))
    .orderBy(asc(networkMemberships.schoolYear));
  return rows.map((r) => r.schoolYear);
}

/** The member schools of a network in one school year: the public member list. */
export async function listNetworkMembers(networkId: string, schoolYear: number) {
  return db()
    .select({
      id: schools.id,
      institutionNumber: schools.institutionNumber,
      name: schools.name,
      municipality: schools.municipality,
      province: schools.province,
      level: schools.level
    })
    .from(networkMemberships)
    .innerJoin(schools, eq(schools.id, networkMemberships.schoolId))
    .where(and(eq(networkMemberships.networkId, networkId), eq(networkMemberships.schoolYear, schoolYear)))
    .orderBy(asc(schools.name));
}

const latestMemberCount = sql<number>`(
  select count(*)::int from ${networkMemberships} m
  where m.network_id = ${networks.id}
    and m.school_year = (select max(m2.school_year) from ${networkMemberships} m2 where m2.network_id = ${networks.id}))`;

export async function listPublicNetworks() {
  return db()
    .select({ ...networkColumns, memberCount: latestMemberCount })
    .from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .where(eq(networks.isPublic, true))
    .orderBy(asc(networks.name));
}

export async function listOrganisationNetworks(organisationId: AuthorizedOrgId) {
  return db()
    .select({ ...networkColumns, memberCount: latestMemberCount })
    .from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .where(eq(networks.organisationId, organisationId))
    .orderBy(asc(networks.name));
}

/** Every membership of a network, newest school year first (the facilitator's edit page). */
export async function listAllMemberships(networkId: string) {
  return db()
    .select({
      schoolYear: networkMemberships.schoolYear,
      schoolId: schools.id,
      institutionNumber: schools.institutionNumber,
      name: schools.name,
      municipality: schools.municipality
    })
    .from(networkMemberships)
    .innerJoin(schools, eq(schools.id, networkMemberships.schoolId))
    .where(eq(networkMemberships.networkId, networkId))
    .orderBy(desc(networkMemberships.schoolYear), asc(schools.name));
}
