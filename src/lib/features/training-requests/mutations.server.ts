import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { trainingRequests } from './tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { readEnv } from '$lib/server/env';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId, AuthorizedSchoolId } from '$lib/server/tenancy';
import { insertActivityWithFreeSlug } from '../activities/mutations.server';
import { urgentMailJob } from '../mail/jobs.server';
import { findMailBrand } from '../organisations/data.server';
import { requestAcceptedMail, requestDeclinedMail } from './emails/training-request-mails';
import type { TrainingRequestInput } from './schema';

/**
 * A school asks an organisation; the organisation must exist (any organisation on the platform).
 * The same open request sent again (a double click, a reload that re-posts the form) is the one
 * already there, so the organisation never gets it twice.
 */
export async function submitTrainingRequest(schoolId: AuthorizedSchoolId, requestedBy: string, input: TrainingRequestInput): Promise<{ ok: true; id: string } | { ok: false; reason: 'organisation-not-found' }> {
  return db().transaction(async (tx) => {
    const [organisation] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!organisation) return { ok: false, reason: 'organisation-not-found' } as const;
    // The partial unique index (one open request per school, organisation and theme) decides. If
    // the open one was decided between the insert and the read, the next insert files a new one.
    for (;;) {
      const [row] = await tx.insert(trainingRequests).values({ ...input, schoolId, requestedBy }).onConflictDoNothing().returning({ id: trainingRequests.id });
      if (row) return { ok: true, id: row.id } as const;
      const [open] = await tx.select({ id: trainingRequests.id }).from(trainingRequests).where(and(
        eq(trainingRequests.schoolId, schoolId), eq(trainingRequests.organisationId, input.organisationId),
        eq(trainingRequests.status, 'open'), sql`lower(${trainingRequests.theme}) = lower(${input.theme})`));
      if (open) return { ok: true, id: open.id } as const;
    }
  });
}

export const submitRequestFailures = {
  'organisation-not-found': { status: 404, field: 'organisationId', key: 'communityOrganisationNotFound' }
} satisfies FailureMap<Awaited<ReturnType<typeof submitTrainingRequest>>>;

export type DecisionFailure = { ok: false; reason: 'not-found' | 'already-decided' };

export const decisionFailures = {
  'not-found': { status: 404, key: 'communityRequestNotFound' },
  'already-decided': { status: 409, key: 'communityRequestDecided' }
} satisfies FailureMap<DecisionFailure>;

/** Why a conditional decision changed nothing: the request is not this organisation's, or was decided. */
async function whyUndecided(organisationId: AuthorizedOrgId, requestId: string): Promise<DecisionFailure> {
  const [row] = await db().select({ id: trainingRequests.id }).from(trainingRequests)
    .where(and(eq(trainingRequests.id, requestId), eq(trainingRequests.organisationId, organisationId)));
  return { ok: false, reason: row ? 'already-decided' : 'not-found' };
}

async function requesterOf(tx: Tx, requestId: string) {
  const [row] = await tx.select({ email: people.email, name: people.name, locale: people.locale, theme: trainingRequests.theme, organisationName: organisations.name })
    .from(trainingRequests)
    .innerJoin(organisations, eq(organisations.id, trainingRequests.organisationId))
    .innerJoin(people, eq(people.id, trainingRequests.requestedBy))
    .where(eq(trainingRequests.id, requestId));
  return row ?? null;
}

export interface TrainingPlan {
  title: string;
  location: string;
  capacity: number;
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date;
}

/**
 * Accepting plans the training: in one transaction the open request becomes accepted (the
 * conditional `status = 'open'` lets only one of two simultaneous accepts through) and a training
 * for that school only is created and linked. Another organisation's request id changes nothing.
 * The requester's mail is recorded in the same transaction.
 */
export async function acceptTrainingRequest(
  organisationId: AuthorizedOrgId, requestId: string, decidedBy: string, plan: TrainingPlan, now = new Date()
): Promise<{ ok: true; activityId: string; slug: string } | DecisionFailure> {
  const accepted = await transactionWithJobs(async (tx) => {
    const [request] = await tx.update(trainingRequests).set({ status: 'accepted', decidedBy, decidedAt: now })
      .where(and(eq(trainingRequests.id, requestId), eq(trainingRequests.organisationId, organisationId), eq(trainingRequests.status, 'open')))
      .returning({ schoolId: trainingRequests.schoolId, theme: trainingRequests.theme, audience: trainingRequests.audience, message: trainingRequests.message });
    if (!request) return null;
    const activity = await insertActivityWithFreeSlug(tx, organisationId, {
      title: plan.title, kind: 'vorming', summary: request.theme, description: request.message, audience: request.audience,
      location: plan.location, startsAt: plan.startsAt, endsAt: plan.endsAt, capacity: plan.capacity,
      registrationDeadline: plan.registrationDeadline, visibility: 'school', schoolId: request.schoolId
    });
    await tx.update(trainingRequests).set({ activityId: activity.id }).where(eq(trainingRequests.id, requestId));
    const requester = await requesterOf(tx, requestId);
    if (requester) {
      const [organisation] = await tx.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, organisationId));
      const activityUrl = `${readEnv().ORIGIN}/activiteiten/${organisation!.slug}/${activity.slug}`;
      const brand = await findMailBrand(organisationId, readEnv().ORIGIN, tx);
      await recordJob(tx, urgentMailJob, requestAcceptedMail(requester, { ...requester, title: plan.title, startsAt: plan.startsAt, endsAt: plan.endsAt, activityUrl, brand }));
    }
    return activity;
  });
  if (!accepted) return whyUndecided(organisationId, requestId);
  return { ok: true, activityId: accepted.id, slug: accepted.slug };
}

/** Declining only changes the status (there is no reason column); the requester is told by mail. */
export async function declineTrainingRequest(organisationId: AuthorizedOrgId, requestId: string, decidedBy: string, now = new Date()): Promise<{ ok: true } | DecisionFailure> {
  const declined = await transactionWithJobs(async (tx) => {
    const [row] = await tx.update(trainingRequests).set({ status: 'declined', decidedBy, decidedAt: now })
      .where(and(eq(trainingRequests.id, requestId), eq(trainingRequests.organisationId, organisationId), eq(trainingRequests.status, 'open')))
      .returning({ schoolId: trainingRequests.schoolId });
    if (!row) return false;
    const requester = await requesterOf(tx, requestId);
    if (requester) {
      const [school] = await tx.select({ institutionNumber: schools.institutionNumber }).from(schools).where(eq(schools.id, row.schoolId));
      const requestsUrl = `${readEnv().ORIGIN}/school/${school?.institutionNumber ?? ''}/vormingsaanvragen`;
      const brand = await findMailBrand(organisationId, readEnv().ORIGIN, tx);
      await recordJob(tx, urgentMailJob, requestDeclinedMail(requester, { ...requester, requestsUrl, brand }));
    }
    return true;
  });
  if (!declined) return whyUndecided(organisationId, requestId);
  return { ok: true };
}
