import { asc, desc, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { trainingRequests } from './tables.server';
import { activities } from '../activities/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import type { AuthorizedOrgId, AuthorizedSchoolId } from '$lib/server/tenancy';

const requestColumns = {
  id: trainingRequests.id, kind: trainingRequests.kind, theme: trainingRequests.theme, audience: trainingRequests.audience,
  preferredPeriod: trainingRequests.preferredPeriod, message: trainingRequests.message, status: trainingRequests.status,
  createdAt: trainingRequests.createdAt, decidedAt: trainingRequests.decidedAt,
  activitySlug: activities.slug, activityTitle: activities.title, activityStartsAt: activities.startsAt
};

/** Organisations a school may ask: every organisation on the platform. */
export async function listRequestableOrganisations() {
  return db().select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name));
}

/** A school's own requests, newest first, with the planned activity of an accepted one. */
export async function listSchoolRequests(schoolId: AuthorizedSchoolId) {
  return db().select({ ...requestColumns, organisationName: organisations.name, organisationSlug: organisations.slug, requestedByName: people.name })
    .from(trainingRequests)
    .innerJoin(organisations, eq(organisations.id, trainingRequests.organisationId))
    .leftJoin(activities, eq(activities.id, trainingRequests.activityId))
    .leftJoin(people, eq(people.id, trainingRequests.requestedBy))
    .where(eq(trainingRequests.schoolId, schoolId))
    .orderBy(desc(trainingRequests.createdAt), asc(trainingRequests.id));
}

/** An organisation's inbox: open requests first (oldest first), then the decided ones. */
export async function listOrganisationRequests(organisationId: AuthorizedOrgId) {
  return db().select({
    ...requestColumns, schoolName: schools.name, schoolMunicipality: schools.municipality, requestedByName: people.name
  }).from(trainingRequests)
    .innerJoin(schools, eq(schools.id, trainingRequests.schoolId))
    .leftJoin(activities, eq(activities.id, trainingRequests.activityId))
    .leftJoin(people, eq(people.id, trainingRequests.requestedBy))
    .where(eq(trainingRequests.organisationId, organisationId))
    .orderBy(sql`case when ${trainingRequests.status} = 'open' then 0 else 1 end`, asc(trainingRequests.createdAt), asc(trainingRequests.id));
}
