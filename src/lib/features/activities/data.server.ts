import { and, asc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import { db, queryRows } from '$lib/server/db/client';
import { activities, activityExtras, activityProgrammeItems, activityQuestions } from './tables.server';
import { organisations } from '../organisations/tables.server';
import { registrationExtras, registrations } from '../registrations/tables.server';
import { schools } from '../schools/tables.server';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { schoolYearOf } from '../calendar/rules';
import { publicMembersSql } from '../learning-networks/data.server';
import type { RegistrationQuestion } from './rules';
import type { ManagedActivity } from './types';

const activityColumns = {
  id: activities.id, organisationId: activities.organisationId, organisationSlug: organisations.slug, organisationName: organisations.name,
  slug: activities.slug, kind: activities.kind, title: activities.title, summary: activities.summary, description: activities.description,
  audience: activities.audience, goals: activities.goals, learnings: activities.learnings, location: activities.location, onlineUrl: activities.onlineUrl,
  startsAt: activities.startsAt, endsAt: activities.endsAt, priceCents: activities.priceCents, priceCovers: activities.priceCovers,
  capacity: activities.capacity, seatsTaken: activities.seatsTaken, registrationDeadline: activities.registrationDeadline,
  visibility: activities.visibility, networkId: activities.networkId, schoolId: activities.schoolId,
  guestConfirmHours: activities.guestConfirmHours, municipalPairs: activities.municipalPairs
};

/** Upcoming activities the public may see (the public list and the API). */
export async function listPublicActivities(now = new Date()) {
  return db().select(activityColumns).from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(and(eq(activities.visibility, 'public'), gt(activities.endsAt, now)))
    .orderBy(asc(activities.startsAt));
}

/** Upcoming non-public activities for one person: of their organisations, networks or schools. */
export async function listRestrictedActivitiesFor(input: { organisationIds: string[]; schoolIds: string[] }, now = new Date()) {
  if (input.organisationIds.length === 0 && input.schoolIds.length === 0) return [];
  const schoolYear = schoolYearOf(now.toISOString().slice(0, 10));
  const schoolList = input.schoolIds.length > 0 ? sql.join(input.schoolIds.map((id) => sql`${id}::uuid`), sql`, `) : sql`null::uuid`;
  const orgList = input.organisationIds.length > 0 ? sql.join(input.organisationIds.map((id) => sql`${id}::uuid`), sql`, `) : sql`null::uuid`;
  return db().select(activityColumns).from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(and(ne(activities.visibility, 'public'), gt(activities.endsAt, now), or(
      sql`${activities.organisationId} in (${orgList})`,
      and(eq(activities.visibility, 'school'), sql`${activities.schoolId} in (${schoolList})`),
      and(eq(activities.visibility, 'network'), sql`exists (select 1 from (${publicMembersSql(activities.networkId)}) y
        where y.school_year = ${schoolYear} and y.school_id in (${schoolList}))`)
    )))
    .orderBy(asc(activities.startsAt));
}

export async function findActivity(organisationSlug: string, slug: string) {
  const [row] = await db().select(activityColumns).from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(and(eq(organisations.slug, organisationSlug), eq(activities.slug, slug)));
  return row ?? null;
}

export async function findActivityById(id: string) {
  const [row] = await db().select(activityColumns).from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(eq(activities.id, id));
  return row ?? null;
}

export async function listProgramme(activityId: string) {
  return db().select().from(activityProgrammeItems).where(eq(activityProgrammeItems.activityId, activityId)).orderBy(asc(activityProgrammeItems.position));
}

export async function listExtras(activityId: string) {
  return db().select({
    id: activityExtras.id, title: activityExtras.title, date: activityExtras.date, priceCents: activityExtras.priceCents,
    capacity: activityExtras.capacity, seatsTaken: activityExtras.seatsTaken
  }).from(activityExtras).where(eq(activityExtras.activityId, activityId)).orderBy(asc(activityExtras.date), asc(activityExtras.title));
}

/** Registration questions in their order (see rules.ts for which apply). */
export async function listQuestions(activityId: string): Promise<RegistrationQuestion[]> {
  return db().select({
    id: activityQuestions.id, kind: activityQuestions.kind, label: activityQuestions.label, options: activityQuestions.options,
    required: activityQuestions.required, dependsOnQuestionId: activityQuestions.dependsOnQuestionId, dependsOnAnswer: activityQuestions.dependsOnAnswer
  }).from(activityQuestions).where(eq(activityQuestions.activityId, activityId)).orderBy(asc(activityQuestions.position));
}

/** Whether any of these schools is a member of the network in the school year of `now`. */
export async function isNetworkMemberNow(networkId: string | null, schoolIds: string[], now = new Date()): Promise<boolean> {
  if (!networkId || schoolIds.length === 0) return false;
  const schoolYear = schoolYearOf(now.toISOString().slice(0, 10));
  const rows = await queryRows<{ one: number }>(sql`select 1 as one from (${publicMembersSql(networkId)}) y
    where y.school_year = ${schoolYear} and y.school_id in (${sql.join(schoolIds.map((id) => sql`${id}::uuid`), sql`, `)}) limit 1`);
  return rows.length > 0;
}

type RegistrationStatus = (typeof registrations.$inferSelect)['status'];
// $count qualifies activities.id; a hand-written subquery left it bare and every count read 0.
const countOf = (statuses: RegistrationStatus[]) => db().$count(registrations, and(eq(registrations.activityId, activities.id), inArray(registrations.status, statuses)));

/** Every activity of one organisation with its head counts, for its workspace list (soonest first). */
export async function listOrganisationActivities(organisationId: AuthorizedOrgId) {
  return db().select({
    id: activities.id, slug: activities.slug, kind: activities.kind, title: activities.title, visibility: activities.visibility,
    startsAt: activities.startsAt, endsAt: activities.endsAt, capacity: activities.capacity, seatsTaken: activities.seatsTaken,
    registered: countOf(['registered', 'attended', 'absent']), waiting: countOf(['waiting']), interest: countOf(['interest'])
  }).from(activities).where(eq(activities.organisationId, organisationId)).orderBy(asc(activities.startsAt), asc(activities.title));
}

/** The school an activity is reserved for, to show and pre-fill its instellingsnummer. */
export async function findActivitySchool(schoolId: string | null) {
  if (!schoolId) return null;
  const [row] = await db().select({ institutionNumber: schools.institutionNumber, name: schools.name, municipality: schools.municipality })
    .from(schools).where(eq(schools.id, schoolId));
  return row ?? null;
}

/** Extras with how many registrations chose each (an extra someone chose cannot be removed). */
export async function listExtrasForEditor(activity: ManagedActivity) {
  return db().select({
    id: activityExtras.id, title: activityExtras.title, date: activityExtras.date, priceCents: activityExtras.priceCents,
    capacity: activityExtras.capacity, seatsTaken: activityExtras.seatsTaken,
    chosen: db().$count(registrationExtras, eq(registrationExtras.extraId, activityExtras.id))
  }).from(activityExtras).where(eq(activityExtras.activityId, activity.id)).orderBy(asc(activityExtras.date), asc(activityExtras.title));
}
