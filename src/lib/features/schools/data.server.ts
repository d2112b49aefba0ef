import { and, asc, count, desc, eq, ilike, inArray, not, or, sql, type SQL } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { schoolJoinRequests, schoolMailDomains, schools, schoolStaff } from './tables.server';
import { people } from '../people/tables.server';
import { networkMemberships, networks } from '../networks/tables.server';
import { schoolYearOf, workingSchoolYear } from '../calendar/rules';
import type { AuthorizedSchoolId } from '$lib/server/tenancy';
import { routingSchoolYears } from './rules';
import type { JoinInbox } from './types';

const directoryColumns = {
  id: schools.id,
  institutionNumber: schools.institutionNumber,
  identifierType: schools.identifierType,
  country: schools.country,
  countryName: schools.countryName,
  name: schools.name,
  street: schools.street,
  postalCode: schools.postalCode,
  municipality: schools.municipality,
  province: schools.province,
  level: schools.level,
  educationNetwork: schools.educationNetwork,
  sector: schools.sector
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Directory search by name, key (instellingsnummer, FASE, BRIN) or municipality (case-insensitive, substring). */
export async function searchSchools(query: string, limit = 50) {
  const q = query.trim();
  const pattern = `%${escapeLike(q)}%`;
  const where = q === ''
    ? undefined
    : or(ilike(schools.name, pattern), ilike(schools.municipality, pattern), ilike(schools.institutionNumber, pattern));
  return db().select(directoryColumns).from(schools).where(where).orderBy(asc(schools.name)).limit(limit);
}

/** A school by its key (`institution_number`: the instellingsnummer, or `brin-…`, `fase-…`, `school-…`). */
export async function findSchoolByInstitutionNumber(institutionNumber: string) {
  const [row] = await db()
    .select({ ...directoryColumns, description: schools.description, website: schools.website })
    .from(schools)
    .where(eq(schools.institutionNumber, institutionNumber));
  return row ?? null;
}

/** Used before insert to give the precise reason a new school is a duplicate. */
export async function findSchoolByNameAndMunicipality(name: string, municipality: string) {
  const [row] = await db()
    .select({ id: schools.id })
    .from(schools)
    .where(and(sql`lower(${schools.name}) = lower(${name})`, sql`lower(${schools.municipality}) = lower(${municipality})`));
  return row ?? null;
}

export async function listSchoolStaff(schoolId: AuthorizedSchoolId) {
  return db()
    .select({ personId: people.id, name: people.name, email: people.email, access: schoolStaff.access, schoolRole: schoolStaff.schoolRole })
    .from(schoolStaff)
    .innerJoin(people, eq(people.id, schoolStaff.personId))
    .where(eq(schoolStaff.schoolId, schoolId))
    .orderBy(asc(people.name));
}

export async function listMailDomains(schoolId: AuthorizedSchoolId): Promise<string[]> {
  const rows = await db().select({ domain: schoolMailDomains.domain }).from(schoolMailDomains)
    .where(eq(schoolMailDomains.schoolId, schoolId)).orderBy(asc(schoolMailDomains.domain));
  return rows.map((r) => r.domain);
}

/** The school years whose memberships route a request to join (this one, the one before, the working one). */
export function joinRoutingYears(now = new Date()): number[] {
  return routingSchoolYears(schoolYearOf(now.toISOString().slice(0, 10)), workingSchoolYear(now));
}

// The routing of rules.ts (`joinRouteOf`) as conditions on a school, for the inboxes and the decision.
// Columns are qualified by hand: in a one-table select drizzle would render "schools"."id" as a bare
// "id", which the subquery's own table would capture.
const hasCoordinator = () =>
  sql`exists (select 1 from "school_staff" s where s."school_id" = "schools"."id" and s."access" = 'coordinator')`;

const memberOfNetworks = (years: number[], organisationId?: string) => sql`exists (select 1 from "network_memberships" nm
  join "networks" n on n."id" = nm."network_id"
  where nm."school_id" = "schools"."id" and nm."school_year" in (${sql.join(years.map((y) => sql`${y}`), sql`, `)})
  ${organisationId ? sql`and n."organisation_id" = ${organisationId}` : sql``})`;

/** The schools whose requests to join this inbox decides, as a condition on `schools`. */
export function routedTo(inbox: JoinInbox, years: number[]): SQL {
  if (inbox.kind === 'school') return eq(schools.id, inbox.schoolId);
  if (inbox.kind === 'organisation') return and(not(hasCoordinator()), memberOfNetworks(years, inbox.organisationId))!;
  return and(not(hasCoordinator()), not(memberOfNetworks(years)))!;
}

/** The requests waiting in an inbox, oldest first. */
export async function listPendingJoinRequests(inbox: JoinInbox, now = new Date()) {
  return db()
    .select({
      id: schoolJoinRequests.id, access: schoolJoinRequests.access, schoolRole: schoolJoinRequests.schoolRole,
      createdAt: schoolJoinRequests.createdAt, name: people.name, email: people.email,
      schoolName: schools.name, schoolKey: schools.institutionNumber, municipality: schools.municipality
    })
    .from(schoolJoinRequests)
    .innerJoin(schools, eq(schools.id, schoolJoinRequests.schoolId))
    .innerJoin(people, eq(people.id, schoolJoinRequests.personId))
    .where(and(eq(schoolJoinRequests.status, 'pending'), routedTo(inbox, joinRoutingYears(now))))
    .orderBy(asc(schoolJoinRequests.createdAt));
}

/** How many requests wait in an inbox: the workspace home's attention list. */
export async function countPendingJoinRequests(inbox: JoinInbox, now = new Date()): Promise<number> {
  const [row] = await db().select({ waiting: count() })
    .from(schoolJoinRequests)
    .innerJoin(schools, eq(schools.id, schoolJoinRequests.schoolId))
    .where(and(eq(schoolJoinRequests.status, 'pending'), routedTo(inbox, joinRoutingYears(now))));
  return row?.waiting ?? 0;
}

/** The facts that route a new request (rules.ts `joinRouteOf`), read in the request's transaction. */
export async function joinRouteFacts(tx: Tx, schoolId: string, years: number[]) {
  const coordinatorCount = await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.access, 'coordinator')));
  const rows = await tx.selectDistinct({ organisationId: networks.organisationId }).from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(eq(networkMemberships.schoolId, schoolId), inArray(networkMemberships.schoolYear, years)));
  return { coordinatorCount, networkOrganisationIds: rows.map((r) => r.organisationId) };
}

/** The person's own latest request to a school, to show where it stands. */
export async function findOwnJoinRequest(personId: string, schoolId: string) {
  const [row] = await db().select({ status: schoolJoinRequests.status, access: schoolJoinRequests.access }).from(schoolJoinRequests)
    .where(and(eq(schoolJoinRequests.personId, personId), eq(schoolJoinRequests.schoolId, schoolId)))
    .orderBy(desc(schoolJoinRequests.createdAt)).limit(1);
  return row ?? null;
}
