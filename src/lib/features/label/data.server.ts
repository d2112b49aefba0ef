import { and, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { schools } from '../schools/tables.server';
import { publicMembersSql } from '../learning-networks/data.server';
import { labelIsValid } from './rules';

/**
 * What a label shows and whether it is true: network, school and membership in that school year,
 * and every school year in which the school is on the network's public member list.
 */
export async function findLabelFacts(networkId: string, institutionNumber: string, schoolYear: number) {
  const [row] = await db().select({
    networkId: networks.id, networkName: networks.name, networkSlug: networks.slug, networkIsPublic: networks.isPublic,
    organisationName: organisations.name, organisationSlug: organisations.slug,
    schoolId: schools.id, schoolName: schools.name, municipality: schools.municipality,
    isMember: sql<boolean>`exists (select 1 from (${publicMembersSql(networkId)}) y where y.school_year = ${schoolYear} and y.school_id = ${schools.id})`,
    memberYears: sql<number[]>`coalesce((select json_agg(y.school_year order by y.school_year) from (${publicMembersSql(networkId)}) y where y.school_id = ${schools.id}), '[]'::json)`
  }).from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .innerJoin(schools, eq(schools.institutionNumber, institutionNumber))
    .where(and(eq(networks.id, networkId)));
  return row ?? null;
}

export type LabelFacts = NonNullable<Awaited<ReturnType<typeof findLabelFacts>>>;

/** The facts of a label that is valid (ADR 008), or null for a label that is not. */
export async function findValidLabel(networkId: string, institutionNumber: string, schoolYear: number): Promise<LabelFacts | null> {
  const facts = await findLabelFacts(networkId, institutionNumber, schoolYear);
  return facts && labelIsValid(facts) ? facts : null;
}
