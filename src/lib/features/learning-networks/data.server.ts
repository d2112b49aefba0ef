import { and, asc, desc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { db, queryRows } from '$lib/server/db/client';
import { learningNetworkChanges, learningNetworkMembers, learningNetworks, participationImports, projectParticipations } from './tables.server';
import { meetingAttendance, meetings } from '../meetings/tables.server';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import type { AuthorizedSchoolId } from '$lib/server/tenancy';
import type { CohortView, WorkspaceCohort } from './types';

const schoolColumns = {
  id: schools.id, institutionNumber: schools.institutionNumber, name: schools.name,
  municipality: schools.municipality, province: schools.province
};

export async function listParticipants(networkId: string, schoolYear: number) {
  return db().select(schoolColumns).from(projectParticipations)
    .innerJoin(schools, eq(schools.id, projectParticipations.schoolId))
    .where(and(eq(projectParticipations.networkId, networkId), eq(projectParticipations.schoolYear, schoolYear)))
    .orderBy(asc(schools.name));
}

export async function listParticipationYears(networkId: string): Promise<{ schoolYear: number; count: number }[]> {
  return db().select({ schoolYear: projectParticipations.schoolYear, count: sql<number>`count(*)::int` })
    .from(projectParticipations).where(eq(projectParticipations.networkId, networkId))
    .groupBy(projectParticipations.schoolYear).orderBy(desc(projectParticipations.schoolYear));
}

/** Every school, keyed for import matching (by number, and by name within municipality). */
export async function loadDirectoryForImport() {
  return db().select({ id: schools.id, name: schools.name, municipality: schools.municipality, institutionNumber: schools.institutionNumber }).from(schools);
}

export async function findImport(networkId: string, importId: string) {
  const [row] = await db().select().from(participationImports)
    .where(and(eq(participationImports.id, importId), eq(participationImports.networkId, networkId)));
  return row ?? null;
}

export async function listLearningNetworks(networkId: string) {
  return db().select({
    id: learningNetworks.id,
    schoolYear: learningNetworks.schoolYear,
    formedFromYear: learningNetworks.formedFromYear,
    // $count qualifies the outer column; a hand-written subquery renders it as a bare "id" that
    // the inner table would capture (so every count read 0).
    memberCount: db().$count(learningNetworkMembers, and(eq(learningNetworkMembers.learningNetworkId, learningNetworks.id), eq(learningNetworkMembers.active, true))),
    meetingCount: db().$count(meetings, eq(meetings.learningNetworkId, learningNetworks.id))
  }).from(learningNetworks).where(eq(learningNetworks.networkId, networkId)).orderBy(desc(learningNetworks.schoolYear));
}

export async function findLearningNetwork(networkId: string, schoolYear: number) {
  const [row] = await db().select().from(learningNetworks)
    .where(and(eq(learningNetworks.networkId, networkId), eq(learningNetworks.schoolYear, schoolYear)));
  return row ?? null;
}

export async function listCohortMembers(cohort: CohortView) {
  const learningNetworkId = cohort.id;
  return db().select(schoolColumns).from(learningNetworkMembers)
    .innerJoin(schools, eq(schools.id, learningNetworkMembers.schoolId))
    .where(and(eq(learningNetworkMembers.learningNetworkId, learningNetworkId), eq(learningNetworkMembers.active, true)))
    .orderBy(asc(schools.name));
}

export async function listCohortChanges(cohort: WorkspaceCohort) {
  const learningNetworkId = cohort.id;
  return db().select({
    id: learningNetworkChanges.id, change: learningNetworkChanges.change, reason: learningNetworkChanges.reason,
    createdAt: learningNetworkChanges.createdAt, schoolName: schools.name, personName: people.name
  }).from(learningNetworkChanges)
    .innerJoin(schools, eq(schools.id, learningNetworkChanges.schoolId))
    .leftJoin(people, eq(people.id, learningNetworkChanges.personId))
    .where(eq(learningNetworkChanges.learningNetworkId, learningNetworkId))
    .orderBy(desc(learningNetworkChanges.createdAt));
}

/**
 * Attendance per member school over the meetings whose attendance was recorded: one pass over the
 * attendance of this learning network's meetings, grouped per school (not a subquery per school).
 */
export async function listAttendanceRates(cohort: WorkspaceCohort) {
  const learningNetworkId = cohort.id;
  /* eslint-disable no-restricted-syntax -- the count reads a CTE; no outer column is interpolated into it */
  return queryRows<{ schoolId: string; name: string; recorded: number; present: number }>(sql`
    with recorded as (
      select id from ${meetings} where learning_network_id = ${learningNetworkId} and attendance_recorded_at is not null
    ), present as (
      select a.school_id, count(*)::int as n from ${meetingAttendance} a
      where a.meeting_id in (select id from recorded) and a.present group by a.school_id
    )
    select s.id as "schoolId", s.name, (select count(*)::int from recorded) as recorded, coalesce(p.n, 0)::int as present
    from ${learningNetworkMembers} m
    join ${schools} s on s.id = m.school_id
    left join present p on p.school_id = m.school_id
    where m.learning_network_id = ${learningNetworkId} and m.active
    order by s.name`);
  /* eslint-enable no-restricted-syntax */
}

/** The learning networks a school is an active member of, newest first, with their network. */
export async function listSchoolLearningNetworks(schoolId: AuthorizedSchoolId) {
  return db().select({
    id: learningNetworks.id, schoolYear: learningNetworks.schoolYear, networkId: networks.id, networkName: networks.name,
    networkSlug: networks.slug, organisationId: organisations.id, organisationSlug: organisations.slug, organisationName: organisations.name
  }).from(learningNetworkMembers)
    .innerJoin(learningNetworks, eq(learningNetworks.id, learningNetworkMembers.learningNetworkId))
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .where(and(eq(learningNetworkMembers.schoolId, schoolId), eq(learningNetworkMembers.active, true)))
    .orderBy(desc(learningNetworks.schoolYear), asc(networks.name));
}

export async function listActiveMemberSchoolIds(learningNetworkId: string): Promise<string[]> {
  const rows = await db().select({ schoolId: learningNetworkMembers.schoolId }).from(learningNetworkMembers)
    .where(and(eq(learningNetworkMembers.learningNetworkId, learningNetworkId), eq(learningNetworkMembers.active, true)));
  return rows.map((r) => r.schoolId);
}

/** Members per province and school year of a network, as the public list shows them (for the chart). */
export async function countMembersPerProvince(networkId: string) {
  return queryRows<{ schoolYear: number; province: string; count: number }>(sql`
    select y.school_year as "schoolYear", s.province, count(*)::int as count
    from (${publicMembersSql(networkId)}) y join ${schools} s on s.id = y.school_id
    group by y.school_year, s.province order by y.school_year`);
}

/**
 * The public member list of a network per school year: the learning network's active members
 * where one was formed for that year, otherwise the memberships recorded by hand. The two parts
 * never cover the same year, so UNION ALL cannot duplicate a school.
 */
export function publicMembersSql(networkId: string | AnyColumn | SQL) {
  return sql`
    select ln.school_year, m.school_id from learning_networks ln
      join learning_network_members m on m.learning_network_id = ln.id and m.active
      where ln.network_id = ${networkId}
    union all
    select nm.school_year, nm.school_id from network_memberships nm
      where nm.network_id = ${networkId}
        and not exists (select 1 from learning_networks l2 where l2.network_id = nm.network_id and l2.school_year = nm.school_year)`;
}
