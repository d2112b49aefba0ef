import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { calendarConcerns, type CalendarConcernKey } from '../calendar/rules';
import { bulkMailJob } from '../mail/jobs.server';
import { findMailBrand } from '../organisations/data.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { trajectories, trajectoryOffers, trajectoryWorkgroup } from '../trajectories/tables.server';
import type { VoteAnswer } from '../pre-meetings/rules';
import { sessionMail } from './emails/session-mails';
import { sessionLimits } from './rules';
import type { SessionInput } from './schema';
import { trajectoryObservations, trajectoryOfferNetworks, trajectorySessionOptions, trajectorySessions, trajectorySessionVotes } from './tables.server';
import type { NetworkFounder, ObservationEditor, SessionPlanner, SessionVoter } from './types';
import type { ObservationInput } from './schema';
import { trajectoryLogbook } from '../trajectories/tables.server';
import { createNetwork } from '../networks/mutations.server';
import { formLearningNetworkOfSchools } from '../learning-networks/mutations.server';
import { messagesFor } from '$lib/i18n/messages';

// The coach's writes take `SessionPlanner` and still check in SQL that the handle's person coaches
// the trajectory and that it runs (a second belt); the workgroup's answers take `SessionVoter` and
// check the membership in their own transaction (it may be gone by now). ADR 050.

/** The trajectory the planner coaches, accepted and not closed; read inside the writing transaction. */
async function coachedTrajectory(tx: Tx, planner: SessionPlanner) {
  const [row] = await tx.select({
    id: trajectories.id, schoolName: schools.name, schoolKey: schools.institutionNumber, offerTitle: trajectoryOffers.title,
    offerSlug: trajectoryOffers.slug, organisationId: trajectoryOffers.organisationId,
    organisationSlug: sql<string>`(select slug from organisations where id = ${trajectoryOffers.organisationId})`
  }).from(trajectories).innerJoin(schools, eq(schools.id, trajectories.schoolId)).innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .where(and(eq(trajectories.id, planner.id), eq(trajectories.coachId, planner.personId), eq(trajectories.status, 'aanvaard'), sql`${trajectories.phase} <> 'afgesloten'`));
  return row ?? null;
}

/** Locks one session of the planner's trajectory, so picking, adding and removing dates never cross. */
async function lockSession(tx: Tx, trajectoryId: string, sessionId: string) {
  const [row] = await tx.select().from(trajectorySessions)
    .where(and(eq(trajectorySessions.id, sessionId), eq(trajectorySessions.trajectoryId, trajectoryId))).for('update');
  return row ?? null;
}

export type CreateSessionResult = { ok: true; sessionId: string } | { ok: false; reason: 'not-running' };
export const createSessionFailures = { 'not-running': { status: 409, key: 'sessionTrajectoryNotRunning' } } satisfies FailureMap<CreateSessionResult>;

/** A new session to plan: its kind, place and duration; the dates follow. */
export async function createSession(planner: SessionPlanner, input: SessionInput): Promise<CreateSessionResult> {
  return db().transaction(async (tx) => {
    if (!(await coachedTrajectory(tx, planner))) return { ok: false, reason: 'not-running' } as const;
    const [row] = await tx.insert(trajectorySessions).values({ trajectoryId: planner.id, ...input, createdBy: planner.personId }).returning({ id: trajectorySessions.id });
    return { ok: true, sessionId: row!.id } as const;
  });
}

export type AddSessionOptionResult = { ok: true; optionId: string }
  | { ok: false; reason: 'not-found' | 'past' | 'chosen' | 'duplicate' | 'too-many' }
  | { ok: false; reason: 'calendar'; concern: CalendarConcernKey };

export const addSessionOptionFailures = {
  calendar: (failure) => ({ warnings: { date: failure.concern } }),
  'not-found': { status: 404, key: 'sessionNotFound' },
  past: { status: 400, field: 'date', key: 'sessionOptionPast' },
  chosen: { status: 409, field: 'date', key: 'sessionPollClosed' },
  duplicate: { status: 409, field: 'date', key: 'sessionOptionDuplicate' },
  'too-many': { status: 409, field: 'date', key: 'sessionTooManyOptions' }
} satisfies FailureMap<AddSessionOptionResult>;

/** A candidate date: in the future; on a day without school (weekend, holiday) once the coach confirms it. */
export async function addSessionOption(
  planner: SessionPlanner, input: { sessionId: string; startsAt: Date }, options: { now?: Date; confirmed?: boolean } = {}
): Promise<AddSessionOptionResult> {
  const now = options.now ?? new Date();
  return db().transaction(async (tx) => {
    if (!(await coachedTrajectory(tx, planner))) return { ok: false, reason: 'not-found' } as const;
    const session = await lockSession(tx, planner.id, input.sessionId);
    if (!session) return { ok: false, reason: 'not-found' } as const;
    if (session.chosenOptionId) return { ok: false, reason: 'chosen' } as const;
    if (input.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'past' } as const;
    const concern = calendarConcerns([{ field: 'date', date: brusselsDateTimeParts(input.startsAt).date }], now).date;
    if (concern && !options.confirmed) return { ok: false, reason: 'calendar', concern } as const;
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(trajectorySessionOptions).where(eq(trajectorySessionOptions.sessionId, session.id));
    if (n >= sessionLimits.maxOptions) return { ok: false, reason: 'too-many' } as const;
    const [row] = await tx.insert(trajectorySessionOptions).values({ sessionId: session.id, startsAt: input.startsAt }).onConflictDoNothing().returning({ id: trajectorySessionOptions.id });
    return row ? { ok: true, optionId: row.id } as const : { ok: false, reason: 'duplicate' } as const;
  });
}

export type RemoveSessionOptionResult = { ok: true } | { ok: false; reason: 'not-found' | 'chosen' };
export const removeSessionOptionFailures = {
  'not-found': { status: 404, key: 'sessionOptionNotFound' },
  chosen: { status: 409, key: 'sessionOptionChosen' }
} satisfies FailureMap<RemoveSessionOptionResult>;

/** Removes a candidate date and, through the foreign key, its answers. The chosen date stays. */
export async function removeSessionOption(planner: SessionPlanner, optionId: string): Promise<RemoveSessionOptionResult> {
  return db().transaction(async (tx) => {
    const [option] = await tx.select({ sessionId: trajectorySessionOptions.sessionId }).from(trajectorySessionOptions)
      .innerJoin(trajectorySessions, eq(trajectorySessions.id, trajectorySessionOptions.sessionId))
      .where(and(eq(trajectorySessionOptions.id, optionId), eq(trajectorySessions.trajectoryId, planner.id)));
    if (!option || !(await coachedTrajectory(tx, planner))) return { ok: false, reason: 'not-found' } as const;
    const session = await lockSession(tx, planner.id, option.sessionId);
    if (!session) return { ok: false, reason: 'not-found' } as const;
    if (session.chosenOptionId === optionId) return { ok: false, reason: 'chosen' } as const;
    await tx.delete(trajectorySessionOptions).where(eq(trajectorySessionOptions.id, optionId));
    return { ok: true } as const;
  });
}

export type PickSessionResult = { ok: true; changed: boolean; mailed: number } | { ok: false; reason: 'not-found' | 'past' };
export const pickSessionFailures = {
  'not-found': { status: 404, key: 'sessionOptionNotFound' },
  past: { status: 409, key: 'sessionPickPast' }
} satisfies FailureMap<PickSessionResult>;

// Two picks within the same second: the SEQUENCE must grow.
const nextChosenAt = (previous: Date | null, now: Date) => new Date(Math.max(now.getTime(), (previous?.getTime() ?? 0) + 1000));

/**
 * Picks the session's date and mails every workgroup member the invitation with its calendar
 * entry, in the same transaction (ADR 022): the pick and its mails commit together or not at all.
 * Picking the chosen date again changes nothing; another date is mailed as moved (same UID, higher SEQUENCE).
 */
export async function pickSessionOption(planner: SessionPlanner, optionId: string, now = new Date()): Promise<PickSessionResult> {
  return transactionWithJobs(async (tx) => {
    const trajectory = await coachedTrajectory(tx, planner);
    const [option] = trajectory ? await tx.select({ sessionId: trajectorySessionOptions.sessionId, startsAt: trajectorySessionOptions.startsAt }).from(trajectorySessionOptions)
      .innerJoin(trajectorySessions, eq(trajectorySessions.id, trajectorySessionOptions.sessionId))
      .where(and(eq(trajectorySessionOptions.id, optionId), eq(trajectorySessions.trajectoryId, planner.id))) : [];
    const session = option ? await lockSession(tx, planner.id, option.sessionId) : null;
    if (!trajectory || !option || !session) return { ok: false, reason: 'not-found' } as const;
    if (session.chosenOptionId === optionId) return { ok: true, changed: false, mailed: 0 } as const;
    if (option.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'past' } as const;
    const chosenAt = nextChosenAt(session.chosenAt, now);
    await tx.update(trajectorySessions).set({ chosenOptionId: optionId, chosenAt }).where(eq(trajectorySessions.id, session.id));
    const recipients = await tx.select({ email: people.email, name: people.name, locale: people.locale }).from(trajectoryWorkgroup)
      .innerJoin(people, eq(people.id, trajectoryWorkgroup.personId)).where(eq(trajectoryWorkgroup.trajectoryId, planner.id));
    const origin = readEnv().ORIGIN;
    const brand = await findMailBrand(trajectory.organisationId, origin, tx);
    const pageUrl = `${origin}/trajecten/${trajectory.organisationSlug}/${trajectory.offerSlug}/scholen/${trajectory.schoolKey}/sessies`;
    const chosen = {
      sessionId: session.id, kind: session.kind, schoolName: trajectory.schoolName, offerTitle: trajectory.offerTitle, location: session.location,
      startsAt: option.startsAt, durationMinutes: session.durationMinutes, chosenAt, pageUrl
    };
    let mailed = 0;
    for (const to of recipients) {
      const key = `trajectory-session:${session.id}:${chosenAt.toISOString()}:${to.email}`;
      if (await recordJob(tx, bulkMailJob, sessionMail(session.chosenOptionId ? 'moved' : 'chosen', to, chosen, brand), { singletonKey: key })) mailed++;
    }
    return { ok: true, changed: true, mailed } as const;
  });
}

/** A voter's answers; leaving the workgroup meanwhile is no form refusal: the route answers it as any outsider (403). */
export type VoteResult = { ok: true } | { ok: false; reason: 'not-member' } | { ok: false; reason: 'closed' | 'not-found' };
export type MemberVoteResult = Exclude<VoteResult, { reason: 'not-member' }>;
export const sessionVoteFailures = {
  closed: { status: 409, field: 'votes', key: 'sessionPollClosed' },
  'not-found': { status: 404, field: 'votes', key: 'sessionOptionNotFound' }
} satisfies FailureMap<MemberVoteResult>;

/** Records a workgroup member's answers for dates of the trajectory's polls; a new answer replaces the earlier one. */
export async function castSessionVotes(voter: SessionVoter, votes: { optionId: string; answer: VoteAnswer }[], now = new Date()): Promise<VoteResult> {
  return db().transaction(async (tx) => {
    const [member] = await tx.select({ personId: trajectoryWorkgroup.personId }).from(trajectoryWorkgroup)
      .where(and(eq(trajectoryWorkgroup.trajectoryId, voter.id), eq(trajectoryWorkgroup.personId, voter.personId)));
    if (!member) return { ok: false, reason: 'not-member' } as const;
    const optionIds = [...new Set(votes.map((v) => v.optionId))];
    const known = optionIds.length === 0 ? [] : await tx.select({ id: trajectorySessionOptions.id, chosenOptionId: trajectorySessions.chosenOptionId })
      .from(trajectorySessionOptions).innerJoin(trajectorySessions, eq(trajectorySessions.id, trajectorySessionOptions.sessionId))
      .where(and(eq(trajectorySessions.trajectoryId, voter.id), inArray(trajectorySessionOptions.id, optionIds)));
    if (known.length === 0 || known.length !== optionIds.length) return { ok: false, reason: 'not-found' } as const;
    if (known.some((k) => k.chosenOptionId !== null)) return { ok: false, reason: 'closed' } as const;
    await tx.insert(trajectorySessionVotes).values(votes.map((v) => ({ optionId: v.optionId, personId: voter.personId, answer: v.answer, updatedAt: now })))
      .onConflictDoUpdate({ target: [trajectorySessionVotes.optionId, trajectorySessionVotes.personId], set: { answer: sql`excluded.answer`, updatedAt: now } });
    return { ok: true } as const;
  });
}

export type SaveObservationResult = { ok: true } | { ok: false; reason: 'not-found' | 'teacher-required' | 'teacher-not-member' };
export const saveObservationFailures = {
  'not-found': { status: 404, key: 'observationNotFound' },
  'teacher-required': { status: 400, field: 'teacherId', key: 'observationTeacherRequired' },
  'teacher-not-member': { status: 400, field: 'teacherId', key: 'observationTeacherRequired' }
} satisfies FailureMap<SaveObservationResult>;

/**
 * Saves the observation form of an entry of kind observatie. The coach names the observed teacher
 * (a workgroup member); the teacher fills in their part later and cannot hand the form to another.
 */
export async function saveObservation(editor: ObservationEditor, input: ObservationInput, now = new Date()): Promise<SaveObservationResult> {
  return db().transaction(async (tx) => {
    const [entry] = await tx.select({ id: trajectoryLogbook.id }).from(trajectoryLogbook)
      .where(and(eq(trajectoryLogbook.id, editor.id), eq(trajectoryLogbook.trajectoryId, editor.trajectoryId), eq(trajectoryLogbook.kind, 'observatie'))).for('update');
    if (!entry) return { ok: false, reason: 'not-found' } as const;
    const [existing] = await tx.select({ teacherId: trajectoryObservations.teacherId }).from(trajectoryObservations).where(eq(trajectoryObservations.entryId, entry.id));
    if (!editor.isCoach && existing?.teacherId !== editor.personId) return { ok: false, reason: 'not-found' } as const;
    const teacherId = editor.isCoach ? input.teacherId ?? existing?.teacherId ?? null : editor.personId;
    if (!teacherId) return { ok: false, reason: 'teacher-required' } as const;
    const [member] = await tx.select({ personId: trajectoryWorkgroup.personId }).from(trajectoryWorkgroup)
      .where(and(eq(trajectoryWorkgroup.trajectoryId, editor.trajectoryId), eq(trajectoryWorkgroup.personId, teacherId)));
    if (!member) return { ok: false, reason: 'teacher-not-member' } as const;
    const { teacherId: _ignored, ...fields } = input;
    const values = { ...fields, teacherId, updatedBy: editor.personId, updatedAt: now };
    await tx.insert(trajectoryObservations).values({ entryId: entry.id, ...values })
      .onConflictDoUpdate({ target: trajectoryObservations.entryId, set: values });
    return { ok: true } as const;
  });
}

export type CrossSchoolNetworkResult = { ok: true; members: number; networkSlug: string } | { ok: false; reason: 'not-found' | 'no-schools' | 'exists' | 'slug-taken' };
export const crossSchoolNetworkFailures = {
  'not-found': { status: 404, field: 'schoolYear', key: 'notFound' },
  'no-schools': { status: 422, field: 'schoolYear', key: 'crossSchoolNoSchools' },
  exists: { status: 409, field: 'schoolYear', key: 'crossSchoolExists' },
  'slug-taken': { status: 409, field: 'schoolYear', key: 'crossSchoolSlugTaken' }
} satisfies FailureMap<CrossSchoolNetworkResult>;

class Refused extends Error { constructor(readonly reason: 'not-found' | 'exists' | 'slug-taken' | 'no-schools') { super(reason); } }

/**
 * The cross-school learning network of a school year: the offer's accepted schools whose
 * trajectory runs that year (started then or before, not closed). The first time, the offer's
 * network (of the networks domain, not public: who takes part in a trajectory is not published) is
 * created; the learning network is formed through learning-networks' own API. One transaction:
 * a refusal anywhere leaves no network, no link and no learning network behind.
 */
export async function createCrossSchoolNetwork(founder: NetworkFounder, schoolYear: number): Promise<CrossSchoolNetworkResult> {
  return db().transaction(async (tx) => {
    const [offer] = await tx.select({ id: trajectoryOffers.id, slug: trajectoryOffers.slug, title: trajectoryOffers.title }).from(trajectoryOffers)
      .where(and(eq(trajectoryOffers.id, founder.id), eq(trajectoryOffers.organisationId, founder.organisationId))).for('update');
    if (!offer) throw new Refused('not-found');
    const running = await tx.selectDistinct({ schoolId: trajectories.schoolId }).from(trajectories)
      .where(and(eq(trajectories.offerId, offer.id), eq(trajectories.status, 'aanvaard'), sql`${trajectories.schoolYear} <= ${schoolYear}`, sql`${trajectories.phase} <> 'afgesloten'`));
    if (running.length === 0) throw new Refused('no-schools');
    const [linked] = await tx.select({ networkId: trajectoryOfferNetworks.networkId, slug: sql<string>`(select slug from networks where id = ${trajectoryOfferNetworks.networkId})` })
      .from(trajectoryOfferNetworks).where(eq(trajectoryOfferNetworks.offerId, offer.id));
    let network = linked ? { id: linked.networkId, slug: linked.slug } : null;
    if (!network) {
      const t = messagesFor('nl').trajectorySessions.network;
      const created = await createNetwork(founder.organisationId, { slug: `traject-${offer.slug}`, name: t.networkName(offer.title), description: t.networkDescription(offer.title), isPublic: false, contactName: null, contactEmail: null }, tx);
      if (!created.ok) throw new Refused('slug-taken');
      await tx.insert(trajectoryOfferNetworks).values({ offerId: offer.id, networkId: created.id });
      network = { id: created.id, slug: created.slug };
    }
    const formed = await formLearningNetworkOfSchools(tx, founder.organisationId, network.id, schoolYear, running.map((r) => r.schoolId));
    if (!formed.ok) throw new Refused(formed.reason === 'no-participants' ? 'no-schools' : formed.reason);
    return { ok: true, members: formed.members, networkSlug: network.slug } as const;
  }).catch((err: unknown) => {
    if (err instanceof Refused) return { ok: false, reason: err.reason } as const;
    throw err;
  });
}

