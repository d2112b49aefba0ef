import { and, eq, gt, inArray, like, lt, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import { workingSchoolYear } from '../calendar/rules';
import { firstFreeSlug, slugFromTitle, slugMaxLength } from '../activities/rules';
import { urgentMailJob } from '../mail/jobs.server';
import { organisationRoles, organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schoolStaff, schools } from '../schools/tables.server';
import { applicationAcceptedMail, applicationRefusedMail, applicationWaitlistedMail } from './emails/trajectory-mails';
import { eligibilityRefusal } from './rules';
import type { ApplicationInput, GoalInput, IntakeInput, LogbookEntryInput, OfferInput, PlanActionInput } from './schema';
import { trajectories, trajectoryActions, trajectoryGoals, trajectoryIntakes, trajectoryLogbook, trajectoryOffers, trajectoryStartYears, trajectoryWorkgroup } from './tables.server';
import type { CoachedTrajectory, ManagedOffers, OfferApplicant, PlanEditor } from './types';

/** Publishes a new offer with its start years; its slug comes from the title, unique in the organisation. */
export async function createOffer(managed: ManagedOffers, input: OfferInput, now = new Date()): Promise<{ ok: true; slug: string }> {
  const { startYears, ...details } = input;
  const base = slugFromTitle(details.title);
  return db().transaction(async (tx) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const taken = await tx.select({ slug: trajectoryOffers.slug }).from(trajectoryOffers)
        .where(and(eq(trajectoryOffers.organisationId, managed.organisationId), like(trajectoryOffers.slug, `${base.slice(0, slugMaxLength - 6)}%`)));
      const slug = firstFreeSlug(base, new Set(['nieuw', ...taken.map((r) => r.slug)]));
      const [row] = await tx.insert(trajectoryOffers).values({ ...details, organisationId: managed.organisationId, slug, publishedAt: now })
        .onConflictDoNothing().returning({ id: trajectoryOffers.id, slug: trajectoryOffers.slug });
      if (!row) continue;
      await tx.insert(trajectoryStartYears).values(startYears.map((y) => ({ offerId: row.id, ...y })));
      return { ok: true, slug: row.slug } as const;
    }
    throw new Error(`No free offer slug for "${base}" after 10 attempts`);
  });
}

export type ApplyResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'not-eligible-country' | 'not-eligible-municipality' | 'not-eligible-level' | 'year-unknown' | 'year-past' | 'ambassador-not-staff' | 'member-not-staff' | 'already-applied' };

export const applyFailures = {
  'not-eligible-country': { status: 422, key: 'trajectoriesNotEligibleCountry' },
  'not-eligible-municipality': { status: 422, key: 'trajectoriesNotEligibleMunicipality' },
  'not-eligible-level': { status: 422, key: 'trajectoriesNotEligibleLevel' },
  'year-unknown': { status: 400, field: 'schoolYear', key: 'trajectoriesStartYearRequired' },
  'year-past': { status: 422, field: 'schoolYear', key: 'trajectoriesStartYearPast' },
  'ambassador-not-staff': { status: 400, field: 'ambassador', key: 'trajectoriesAmbassadorRequired' },
  'member-not-staff': { status: 400, field: 'workgroup', key: 'trajectoriesMemberNotStaff' },
  'already-applied': { status: 409, key: 'trajectoriesAlreadyApplied' }
} satisfies FailureMap<ApplyResult>;

/**
 * A school applies: eligible by the offer's conditions, for one of its start years that has not
 * gone by, with a workgroup of the school's own staff and the ambassador among them. One live
 * application per school and offer (the partial unique index decides a double submit).
 */
export async function applyForOffer(applicant: OfferApplicant, input: ApplicationInput, workgroup: string[], now = new Date()): Promise<ApplyResult> {
  const members = [...new Set([input.ambassador.toLowerCase(), ...workgroup])];
  try {
    return await db().transaction(async (tx) => {
      const [offer] = await tx.select({ eligibleCountry: trajectoryOffers.eligibleCountry, eligibleMunicipality: trajectoryOffers.eligibleMunicipality, eligibleLevel: trajectoryOffers.eligibleLevel })
        .from(trajectoryOffers).where(eq(trajectoryOffers.id, applicant.offerId));
      const [school] = await tx.select({ country: schools.country, municipality: schools.municipality, level: schools.level }).from(schools).where(eq(schools.id, applicant.schoolId));
      const refusal = eligibilityRefusal(offer!, school!);
      if (refusal) return { ok: false, reason: `not-eligible-${refusal}` } as const;
      const [year] = await tx.select({ schoolYear: trajectoryStartYears.schoolYear }).from(trajectoryStartYears)
        .where(and(eq(trajectoryStartYears.offerId, applicant.offerId), eq(trajectoryStartYears.schoolYear, input.schoolYear)));
      if (!year) return { ok: false, reason: 'year-unknown' } as const;
      if (year.schoolYear < workingSchoolYear(now)) return { ok: false, reason: 'year-past' } as const;
      const staff = new Set((await tx.select({ personId: schoolStaff.personId }).from(schoolStaff)
        .where(and(eq(schoolStaff.schoolId, applicant.schoolId), inArray(schoolStaff.personId, members)))).map((s) => s.personId));
      if (!staff.has(input.ambassador.toLowerCase())) return { ok: false, reason: 'ambassador-not-staff' } as const;
      if (members.some((id) => !staff.has(id))) return { ok: false, reason: 'member-not-staff' } as const;
      const [row] = await tx.insert(trajectories).values({
        offerId: applicant.offerId, schoolId: applicant.schoolId, schoolYear: input.schoolYear, appliedBy: applicant.personId,
        questions: input.questions, expectations: input.expectations
      }).onConflictDoNothing().returning({ id: trajectories.id });
      if (!row) return { ok: false, reason: 'already-applied' } as const;
      await tx.insert(trajectoryWorkgroup).values(members.map((personId) => ({ trajectoryId: row.id, personId, isAmbassador: personId === input.ambassador.toLowerCase() })));
      return { ok: true, id: row.id } as const;
    });
  } catch (error) {
    // A concurrent duplicate that slipped past onConflictDoNothing's snapshot still hits the index.
    if ((error as { code?: string }).code === '23505') return { ok: false, reason: 'already-applied' };
    throw error;
  }
}

export type DecisionResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-decided' | 'full' | 'coach-unknown' | 'not-full' | 'no-next-year' };

export const decisionFailures = {
  'not-found': { status: 404, key: 'trajectoriesApplicationNotFound' },
  'already-decided': { status: 409, key: 'trajectoriesAlreadyDecided' },
  full: { status: 409, key: 'trajectoriesYearFull' },
  'coach-unknown': { status: 400, field: 'coachId', key: 'trajectoriesCoachRequired' },
  'not-full': { status: 409, key: 'trajectoriesYearNotFull' },
  'no-next-year': { status: 409, key: 'trajectoriesNoNextYear' }
} satisfies FailureMap<DecisionResult>;

class Refused extends Error {
  constructor(readonly reason: Extract<DecisionResult, { ok: false }>['reason']) { super(reason); }
}

/**
 * Locks the undecided application of this organisation (so two decisions on it wait for each
 * other) and returns what the decision and its mail need; refuses with the reason otherwise.
 */
async function lockUndecided(tx: Tx, managed: ManagedOffers, trajectoryId: string) {
  const [row] = await tx.select({
    id: trajectories.id, offerId: trajectories.offerId, schoolYear: trajectories.schoolYear, status: trajectories.status,
    schoolId: trajectories.schoolId, appliedBy: trajectories.appliedBy
  }).from(trajectories).innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectoryOffers.organisationId, managed.organisationId)))
    .for('update', { of: trajectories });
  if (!row) throw new Refused('not-found');
  if (row.status !== 'aangevraagd' && row.status !== 'wachtlijst') throw new Refused('already-decided');
  return row;
}

/** The applicant and the names the mail says, read in the deciding transaction. */
async function mailFacts(tx: Tx, trajectoryId: string) {
  const [row] = await tx.select({
    email: people.email, name: people.name, locale: people.locale, offerTitle: trajectoryOffers.title, offerSlug: trajectoryOffers.slug,
    organisationName: organisations.name, organisationSlug: organisations.slug, schoolName: schools.name, schoolKey: schools.institutionNumber
  }).from(trajectories)
    .innerJoin(people, eq(people.id, trajectories.appliedBy))
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .innerJoin(organisations, eq(organisations.id, trajectoryOffers.organisationId))
    .innerJoin(schools, eq(schools.id, trajectories.schoolId))
    .where(eq(trajectories.id, trajectoryId));
  return row ? { ...row, url: `${readEnv().ORIGIN}/trajecten/${row.organisationSlug}/${row.offerSlug}/scholen/${row.schoolKey}` } : null;
}

async function decide(work: (tx: Tx) => Promise<void>): Promise<DecisionResult> {
  try {
    await transactionWithJobs(work);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/**
 * Accepting claims one place of the start year with a conditional UPDATE (`taken < places`) in the
 * transaction that accepts: simultaneous acceptances queue on the year's row and the last ones
 * find it full, so no year ever has more trajectories than places (the check constraint backs it).
 */
export function acceptApplication(managed: ManagedOffers, trajectoryId: string, coachId: string, decidedBy: string, now = new Date()): Promise<DecisionResult> {
  return decide(async (tx) => {
    const application = await lockUndecided(tx, managed, trajectoryId);
    const [coach] = await tx.select({ personId: organisationRoles.personId }).from(organisationRoles)
      .where(and(eq(organisationRoles.organisationId, managed.organisationId), eq(organisationRoles.personId, coachId), eq(organisationRoles.role, 'coach')));
    if (!coach) throw new Refused('coach-unknown');
    const [claimed] = await tx.update(trajectoryStartYears).set({ taken: sql`${trajectoryStartYears.taken} + 1` })
      .where(and(eq(trajectoryStartYears.offerId, application.offerId), eq(trajectoryStartYears.schoolYear, application.schoolYear), lt(trajectoryStartYears.taken, trajectoryStartYears.places)))
      .returning({ taken: trajectoryStartYears.taken });
    if (!claimed) throw new Refused('full');
    await tx.update(trajectories).set({ status: 'aanvaard', phase: 'intake', coachId, decidedBy, decidedAt: now }).where(eq(trajectories.id, trajectoryId));
    const facts = await mailFacts(tx, trajectoryId);
    const [coachRow] = await tx.select({ name: people.name }).from(people).where(eq(people.id, coachId));
    if (facts) await recordJob(tx, urgentMailJob, applicationAcceptedMail(facts, { ...facts, coachName: coachRow!.name }));
  });
}

/** Refusing records the reason and mails it to the applicant, in the same transaction (ADR 022). */
export function refuseApplication(managed: ManagedOffers, trajectoryId: string, reason: string, decidedBy: string, now = new Date()): Promise<DecisionResult> {
  return decide(async (tx) => {
    await lockUndecided(tx, managed, trajectoryId);
    await tx.update(trajectories).set({ status: 'geweigerd', refusalReason: reason, decidedBy, decidedAt: now }).where(eq(trajectories.id, trajectoryId));
    const facts = await mailFacts(tx, trajectoryId);
    if (facts) await recordJob(tx, urgentMailJob, applicationRefusedMail(facts, { ...facts, reason }));
  });
}

/**
 * A school that applied for a year that is full goes on the list for the offer's next start year:
 * its application moves to that year, waiting, and is accepted from there like any other.
 */
export function waitlistApplication(managed: ManagedOffers, trajectoryId: string, decidedBy: string, now = new Date()): Promise<DecisionResult> {
  return decide(async (tx) => {
    const application = await lockUndecided(tx, managed, trajectoryId);
    if (application.status !== 'aangevraagd') throw new Refused('already-decided');
    const [year] = await tx.select({ places: trajectoryStartYears.places, taken: trajectoryStartYears.taken }).from(trajectoryStartYears)
      .where(and(eq(trajectoryStartYears.offerId, application.offerId), eq(trajectoryStartYears.schoolYear, application.schoolYear)));
    if (year && year.taken < year.places) throw new Refused('not-full');
    const [next] = await tx.select({ schoolYear: trajectoryStartYears.schoolYear }).from(trajectoryStartYears)
      .where(and(eq(trajectoryStartYears.offerId, application.offerId), gt(trajectoryStartYears.schoolYear, application.schoolYear)))
      .orderBy(trajectoryStartYears.schoolYear).limit(1);
    if (!next) throw new Refused('no-next-year');
    await tx.update(trajectories).set({ status: 'wachtlijst', schoolYear: next.schoolYear, decidedBy, decidedAt: now }).where(eq(trajectories.id, trajectoryId));
    const facts = await mailFacts(tx, trajectoryId);
    if (facts) await recordJob(tx, urgentMailJob, applicationWaitlistedMail(facts, { ...facts, fullYear: application.schoolYear, nextYear: next.schoolYear }));
  });
}

/**
 * The coach records (or corrects) the intake; a trajectory still in its intake phase moves on to
 * its execution once the intake is recorded.
 */
export async function saveIntake(coached: CoachedTrajectory, input: IntakeInput, recordedBy: string, now = new Date()): Promise<{ ok: true }> {
  await db().transaction(async (tx) => {
    await tx.insert(trajectoryIntakes).values({ ...input, trajectoryId: coached.id, recordedBy, updatedAt: now })
      .onConflictDoUpdate({ target: trajectoryIntakes.trajectoryId, set: { ...input, recordedBy, updatedAt: now } });
    await tx.update(trajectories).set({ phase: 'uitvoering' }).where(and(eq(trajectories.id, coached.id), eq(trajectories.phase, 'intake')));
  });
  return { ok: true };
}

/** A session in the coach's logbook, private to the coach unless shared with the workgroup. */
export async function addLogbookEntry(coached: CoachedTrajectory, input: LogbookEntryInput, authorId: string): Promise<{ ok: true; id: string }> {
  const [row] = await db().insert(trajectoryLogbook).values({ ...input, trajectoryId: coached.id, authorId }).returning({ id: trajectoryLogbook.id });
  return { ok: true, id: row!.id };
}

// The action plan (ADR 040): every write is scoped to the handle's trajectory in SQL, so an id from
// another trajectory is "not found" and changes nothing.

export type PlanResult = { ok: true } | { ok: false; reason: 'theme-unknown' | 'goal-not-found' | 'owner-not-member' | 'action-not-found' | 'not-owner' };

export const planFailures = {
  'theme-unknown': { status: 422, field: 'theme', key: 'trajectoriesThemeInvalid' },
  'goal-not-found': { status: 404, key: 'trajectoriesGoalNotFound' },
  'owner-not-member': { status: 422, field: 'ownerId', key: 'trajectoriesOwnerRequired' },
  'action-not-found': { status: 404, key: 'trajectoriesActionNotFound' },
  'not-owner': { status: 403, key: 'trajectoriesNotActionOwner' }
} satisfies FailureMap<PlanResult>;

/** A goal under one of the offer's themes. */
export async function addGoal(planner: PlanEditor, input: GoalInput): Promise<PlanResult> {
  const [offer] = await db().select({ themes: trajectoryOffers.themes }).from(trajectories)
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId)).where(eq(trajectories.id, planner.id));
  if (!offer?.themes.includes(input.theme)) return { ok: false, reason: 'theme-unknown' };
  await db().insert(trajectoryGoals).values({ trajectoryId: planner.id, theme: input.theme, title: input.title });
  return { ok: true };
}

/** An action towards a goal of this trajectory, owned by one of its workgroup members. */
export async function addAction(planner: PlanEditor, input: PlanActionInput): Promise<PlanResult> {
  const [goal] = await db().select({ id: trajectoryGoals.id }).from(trajectoryGoals)
    .where(and(eq(trajectoryGoals.id, input.goalId), eq(trajectoryGoals.trajectoryId, planner.id)));
  if (!goal) return { ok: false, reason: 'goal-not-found' };
  const [member] = await db().select({ personId: trajectoryWorkgroup.personId }).from(trajectoryWorkgroup)
    .where(and(eq(trajectoryWorkgroup.trajectoryId, planner.id), eq(trajectoryWorkgroup.personId, input.ownerId)));
  if (!member) return { ok: false, reason: 'owner-not-member' };
  await db().insert(trajectoryActions).values({ goalId: goal.id, title: input.title, ownerId: member.personId, deadline: input.deadline });
  return { ok: true };
}
