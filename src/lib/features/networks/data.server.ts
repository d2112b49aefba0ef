import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db, queryRows } from '$lib/server/db/client';
import { networkMemberships, networks } from './tables.server';
import { organisations } from '../organisations/tables.server';
import { schools } from '../schools/tables.server';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import type { ManagedNetwork, VisibleNetwork } from './types';
import { publicMembersSql } from '../learning-networks/data.server';

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
  const rows = await queryRows<{ school_year: number }>(sql`select distinct y.school_year from (${publicMembersSql(networkId)}) y order by 1`);
  return rows.map((r) => Number(r.school_year));
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
    .from(schools)
    .where(sql`${schools.id} in (select y.school_id from (${publicMembersSql(networkId)}) y where y.school_year = ${schoolYear})`)
    .orderBy(asc(schools.name));
}

// Written by hand (a union of two sources); the outer networks.id is qualified explicitly so the
// subquery's own tables can never capture it.
// eslint-disable-next-line no-restricted-syntax -- qualified by hand, see above
const latestMemberCount = sql<number>`(
  select count(*)::int from (${publicMembersSql(sql`networks.id`)}) y
  where y.school_year = (select max(y2.school_year) from (${publicMembersSql(sql`networks.id`)}) y2))`;

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
export async function listAllMemberships(network: VisibleNetwork | ManagedNetwork) {
  const networkId = network.id;
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
