import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import type { AuthorizedOrgId, AuthorizedSchoolId } from '$lib/server/tenancy';
import { organisationRoles, organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { trajectories, trajectoryActions, trajectoryGoals, trajectoryIntakes, trajectoryLogbook, trajectoryOffers, trajectoryStartYears, trajectoryWorkgroup } from './tables.server';
import { themeProgress } from './rules';
import type { CoachedTrajectory, ManagedOffers, VisibleTrajectory } from './types';

const offerColumns = {
  id: trajectoryOffers.id, organisationId: trajectoryOffers.organisationId, slug: trajectoryOffers.slug, title: trajectoryOffers.title,
  summary: trajectoryOffers.summary, description: trajectoryOffers.description, themes: trajectoryOffers.themes,
  partners: trajectoryOffers.partners, intensityOptions: trajectoryOffers.intensityOptions,
  eligibleCountry: trajectoryOffers.eligibleCountry, eligibleMunicipality: trajectoryOffers.eligibleMunicipality,
  eligibleLevel: trajectoryOffers.eligibleLevel, publishedAt: trajectoryOffers.publishedAt
};

/** An offer by its organisation's and its own slug, published or not: the guards decide who sees it. */
export async function findOfferBySlugs(organisationSlug: string, offerSlug: string) {
  const [row] = await db().select({ ...offerColumns, organisationSlug: organisations.slug, organisationName: organisations.name })
    .from(trajectoryOffers).innerJoin(organisations, eq(organisations.id, trajectoryOffers.organisationId))
    .where(and(eq(organisations.slug, organisationSlug), eq(trajectoryOffers.slug, offerSlug)));
  return row ?? null;
}

export type Offer = NonNullable<Awaited<ReturnType<typeof findOfferBySlugs>>>;

/** The start years of an offer with their places; public (the offer page shows what is left). */
export async function listStartYears(offerId: string) {
  return db().select({ schoolYear: trajectoryStartYears.schoolYear, places: trajectoryStartYears.places, taken: trajectoryStartYears.taken })
    .from(trajectoryStartYears).where(eq(trajectoryStartYears.offerId, offerId)).orderBy(asc(trajectoryStartYears.schoolYear));
}

/** The published offers of an organisation, for its public page. */
export async function listPublishedOffers(organisationId: string) {
  return db().select({ slug: trajectoryOffers.slug, title: trajectoryOffers.title, summary: trajectoryOffers.summary })
    .from(trajectoryOffers).where(and(eq(trajectoryOffers.organisationId, organisationId), isNotNull(trajectoryOffers.publishedAt)))
    .orderBy(asc(trajectoryOffers.title));
}

/** Every offer of the organisation with its counts, for its facilitators. */
export async function listOffers(managed: ManagedOffers) {
  return db().select({
    slug: trajectoryOffers.slug, title: trajectoryOffers.title, publishedAt: trajectoryOffers.publishedAt,
    open: db().$count(trajectories, and(eq(trajectories.offerId, trajectoryOffers.id), eq(trajectories.status, 'aangevraagd'))),
    running: db().$count(trajectories, and(eq(trajectories.offerId, trajectoryOffers.id), eq(trajectories.status, 'aanvaard')))
  }).from(trajectoryOffers).where(eq(trajectoryOffers.organisationId, managed.organisationId)).orderBy(asc(trajectoryOffers.title));
}

/** The people who coach for the organisation: who a facilitator can assign. */
export async function listCoaches(organisationId: AuthorizedOrgId) {
  return db().select({ id: people.id, name: people.name }).from(organisationRoles)
    .innerJoin(people, eq(people.id, organisationRoles.personId))
    .where(and(eq(organisationRoles.organisationId, organisationId), eq(organisationRoles.role, 'coach')))
    .orderBy(asc(people.name));
}

const enrolmentColumns = {
  id: trajectories.id, schoolYear: trajectories.schoolYear, status: trajectories.status, phase: trajectories.phase,
  questions: trajectories.questions, expectations: trajectories.expectations, refusalReason: trajectories.refusalReason,
  createdAt: trajectories.createdAt, decidedAt: trajectories.decidedAt, coachId: trajectories.coachId,
  schoolName: schools.name, schoolKey: schools.institutionNumber, schoolMunicipality: schools.municipality
};

/** The workgroups of some trajectories: names, the ambassador first. */
async function workgroupsOf(trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return new Map<string, { personId: string; name: string; isAmbassador: boolean }[]>();
  const rows = await db().select({ trajectoryId: trajectoryWorkgroup.trajectoryId, personId: people.id, name: people.name, isAmbassador: trajectoryWorkgroup.isAmbassador })
    .from(trajectoryWorkgroup).innerJoin(people, eq(people.id, trajectoryWorkgroup.personId))
    .where(inArray(trajectoryWorkgroup.trajectoryId, trajectoryIds))
    .orderBy(desc(trajectoryWorkgroup.isAmbassador), asc(people.name));
  const byTrajectory = new Map<string, { personId: string; name: string; isAmbassador: boolean }[]>();
  for (const { trajectoryId, ...member } of rows) byTrajectory.set(trajectoryId, [...(byTrajectory.get(trajectoryId) ?? []), member]);
  return byTrajectory;
}

/** An offer's applications and trajectories (open ones first, oldest first), scoped to the organisation in SQL. */
export async function listEnrolments(managed: ManagedOffers, offerId: string) {
  const coach = sql<string | null>`(select ${people.name} from ${people} where ${people.id} = ${trajectories.coachId})`;
  const applicant = sql<string | null>`(select ${people.name} from ${people} where ${people.id} = ${trajectories.appliedBy})`;
  const rows = await db().select({ ...enrolmentColumns, coachName: coach, applicantName: applicant })
    .from(trajectories)
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .innerJoin(schools, eq(schools.id, trajectories.schoolId))
    .where(and(eq(trajectories.offerId, offerId), eq(trajectoryOffers.organisationId, managed.organisationId)))
    .orderBy(sql`case ${trajectories.status} when 'aangevraagd' then 0 when 'wachtlijst' then 1 when 'aanvaard' then 2 else 3 end`, asc(trajectories.createdAt), asc(trajectories.id));
  const workgroups = await workgroupsOf(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, workgroup: workgroups.get(r.id) ?? [] }));
}

/** The trajectories a coach of the organisation coaches, with their offer. */
export async function listCoachedTrajectories(organisationId: AuthorizedOrgId, coachId: string) {
  return db().select({ ...enrolmentColumns, offerSlug: trajectoryOffers.slug, offerTitle: trajectoryOffers.title })
    .from(trajectories)
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .innerJoin(schools, eq(schools.id, trajectories.schoolId))
    .where(and(eq(trajectoryOffers.organisationId, organisationId), eq(trajectories.coachId, coachId), eq(trajectories.status, 'aanvaard')))
    .orderBy(asc(schools.name));
}

/** What a guard decides a trajectory's visibility with: its live enrolment for the school, coach and workgroup. */
export async function findTrajectoryFacts(offerId: string, schoolId: string) {
  const [row] = await db().select({ id: trajectories.id, coachId: trajectories.coachId, phase: trajectories.phase }).from(trajectories)
    .where(and(eq(trajectories.offerId, offerId), eq(trajectories.schoolId, schoolId), ne(trajectories.status, 'geweigerd')));
  if (!row) return null;
  const members = await db().select({ personId: trajectoryWorkgroup.personId, isAmbassador: trajectoryWorkgroup.isAmbassador })
    .from(trajectoryWorkgroup).where(eq(trajectoryWorkgroup.trajectoryId, row.id));
  return { ...row, workgroup: members.map((m) => m.personId), ambassadorId: members.find((m) => m.isAmbassador)?.personId ?? null };
}

/** One visible trajectory: its school, status, phase, coach, the intake preparation and the workgroup. */
export async function readTrajectory(trajectory: VisibleTrajectory) {
  const coach = sql<string | null>`(select ${people.name} from ${people} where ${people.id} = ${trajectories.coachId})`;
  const [row] = await db().select({ ...enrolmentColumns, coachName: coach }).from(trajectories)
    .innerJoin(schools, eq(schools.id, trajectories.schoolId)).where(eq(trajectories.id, trajectory.id));
  if (!row) return null;
  return { ...row, workgroup: (await workgroupsOf([row.id])).get(row.id) ?? [] };
}

/** The school's own live enrolment in an offer (the coordinator's application), or null. */
export async function findSchoolEnrolment(offerId: string, schoolId: AuthorizedSchoolId) {
  const [row] = await db().select({ id: trajectories.id, schoolYear: trajectories.schoolYear, status: trajectories.status })
    .from(trajectories).where(and(eq(trajectories.offerId, offerId), eq(trajectories.schoolId, schoolId), ne(trajectories.status, 'geweigerd')));
  return row ?? null;
}

/** The schools a person coordinates, with what the eligibility rule reads. */
export async function listCoordinatedSchools(schoolIds: AuthorizedSchoolId[]) {
  if (schoolIds.length === 0) return [];
  return db().select({ id: schools.id, key: schools.institutionNumber, name: schools.name, municipality: schools.municipality, country: schools.country, level: schools.level })
    .from(schools).where(inArray(schools.id, schoolIds)).orderBy(asc(schools.name));
}

/** The recorded intake, or null while it has not been held. */
export async function readIntake(trajectory: VisibleTrajectory) {
  const [row] = await db().select().from(trajectoryIntakes).where(eq(trajectoryIntakes.trajectoryId, trajectory.id));
  return row ?? null;
}

/**
 * The logbook, newest session first: the shared entries for whoever sees the trajectory, and the
 * private ones too only for its coach (the handle says so).
 */
export async function listLogbook(trajectory: VisibleTrajectory, coached: CoachedTrajectory | null) {
  const visible = coached?.id === trajectory.id ? undefined : eq(trajectoryLogbook.shared, true);
  return db().select({
    id: trajectoryLogbook.id, kind: trajectoryLogbook.kind, heldOn: trajectoryLogbook.heldOn, participants: trajectoryLogbook.participants,
    done: trajectoryLogbook.done, learned: trajectoryLogbook.learned, nextSteps: trajectoryLogbook.nextSteps, shared: trajectoryLogbook.shared,
    intervision: trajectoryLogbook.intervision
  }).from(trajectoryLogbook).where(and(eq(trajectoryLogbook.trajectoryId, trajectory.id), visible))
    .orderBy(desc(trajectoryLogbook.heldOn), desc(trajectoryLogbook.createdAt));
}

/** The action plan (ADR 040): per theme of the offer its goals, their actions and the theme's progress. */export async function readActionPlan(trajectory: VisibleTrajectory) {
  const [offer] = await db().select({ themes: trajectoryOffers.themes }).from(trajectories)
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId)).where(eq(trajectories.id, trajectory.id));
  const goals = await db().select({ id: trajectoryGoals.id, theme: trajectoryGoals.theme, title: trajectoryGoals.title })
    .from(trajectoryGoals).where(eq(trajectoryGoals.trajectoryId, trajectory.id)).orderBy(asc(trajectoryGoals.createdAt), asc(trajectoryGoals.id));
  const actions = goals.length === 0 ? [] : await db().select({
    id: trajectoryActions.id, goalId: trajectoryActions.goalId, title: trajectoryActions.title, ownerId: trajectoryActions.ownerId,
    ownerName: people.name, deadline: trajectoryActions.deadline, status: trajectoryActions.status, reach: trajectoryActions.reach, evidence: trajectoryActions.evidence
  }).from(trajectoryActions).leftJoin(people, eq(people.id, trajectoryActions.ownerId))
    .where(inArray(trajectoryActions.goalId, goals.map((g) => g.id))).orderBy(asc(trajectoryActions.deadline), asc(trajectoryActions.id));
  const themes = (offer?.themes ?? []).map((theme) => {
    const themeGoals = goals.filter((g) => g.theme === theme).map((g) => ({ ...g, actions: actions.filter((a) => a.goalId === g.id) }));
    return { theme, goals: themeGoals, progress: themeProgress(themeGoals.flatMap((g) => g.actions.map((a) => a.status))) };
  });
  return { themes, offerThemes: offer?.themes ?? [] };
}

export type ActionPlan = Awaited<ReturnType<typeof readActionPlan>>;
