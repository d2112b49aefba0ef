import { and, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { networks, organisations, schools } from '$lib/server/db/schema';
import { publicMembersSql } from '../learning-networks/data.server';

/** What a label shows and whether it is true: network, school and membership in that school year. */
export async function findLabelFacts(networkId: string, institutionNumber: string, schoolYear: number) {
  const [row] = await db().select({
    networkId: networks.id, networkName: networks.name, networkIsPublic: networks.isPublic, organisationName: organisations.name,
    schoolId: schools.id, schoolName: schools.name,
    isMember: sql<boolean>`exists (select 1 from (${publicMembersSql(networkId)}) y where y.school_year = ${schoolYear} and y.school_id = ${schools.id})`
  }).from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .innerJoin(schools, eq(schools.institutionNumber, institutionNumber))
    .where(and(eq(networks.id, networkId)));
  return row ?? null;
}
