import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { trajectorySessionOptions, trajectorySessions, trajectorySessionVotes, trajectoryObservations, trajectoryOfferNetworks } from './tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { trajectories, trajectoryLogbook, trajectoryOffers, trajectoryWorkgroup } from '../trajectories/tables.server';
import { listLearningNetworks } from '../learning-networks/data.server';
import { learningNetworkMembers, learningNetworks } from '../learning-networks/tables.server';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { bestOption, tallyVotes, type VoteAnswer } from '../pre-meetings/rules';
import type { ManagedOffers, VisibleTrajectory } from '../trajectories/types';
import { nextSessionPerTrajectory } from './rules';
import type { NetworkFounder, SessionVoter } from './types';

// The reads take the trajectory handles of ADR 039 (who sees the trajectory sees its sessions) or
// this feature's own (ADR 050). `findObservationFacts` is the lookup the access module decides with.

// Answers count only while their author is in the workgroup: someone who left no longer decides the date.
const workgroupJoin = and(eq(trajectoryWorkgroup.personId, trajectorySessionVotes.personId), eq(trajectoryWorkgroup.trajectoryId, trajectorySessions.trajectoryId));

/** A trajectory's sessions, newest first, each with its dates, the counts and who answered what. */
export async function listSessions(trajectory: VisibleTrajectory) {
  const sessions = await db().select({
    id: trajectorySessions.id, kind: trajectorySessions.kind, location: trajectorySessions.location, durationMinutes: trajectorySessions.durationMinutes,
    chosenOptionId: trajectorySessions.chosenOptionId, createdAt: trajectorySessions.createdAt
  }).from(trajectorySessions).where(eq(trajectorySessions.trajectoryId, trajectory.id)).orderBy(sql`${trajectorySessions.createdAt} desc`, asc(trajectorySessions.id));
  const ids = sessions.map((s) => s.id);
  const options = ids.length === 0 ? [] : await db().select({ id: trajectorySessionOptions.id, sessionId: trajectorySessionOptions.sessionId, startsAt: trajectorySessionOptions.startsAt })
    .from(trajectorySessionOptions).where(inArray(trajectorySessionOptions.sessionId, ids)).orderBy(asc(trajectorySessionOptions.startsAt));
  const votes = ids.length === 0 ? [] : await db().select({
    optionId: trajectorySessionVotes.optionId, personId: trajectorySessionVotes.personId, name: people.name, answer: trajectorySessionVotes.answer
  }).from(trajectorySessionVotes)
    .innerJoin(trajectorySessionOptions, eq(trajectorySessionOptions.id, trajectorySessionVotes.optionId))
    .innerJoin(trajectorySessions, eq(trajectorySessions.id, trajectorySessionOptions.sessionId))
    .innerJoin(trajectoryWorkgroup, workgroupJoin)
    .innerJoin(people, eq(people.id, trajectorySessionVotes.personId))
    .where(inArray(trajectorySessionOptions.sessionId, ids)).orderBy(asc(people.name));
  return sessions.map((s) => {
    const own = options.filter((o) => o.sessionId === s.id);
    const tallies = tallyVotes(own, votes);
    const chosen = own.find((o) => o.id === s.chosenOptionId) ?? null;
    return {
      ...s, chosenStartsAt: chosen?.startsAt ?? null, bestOptionId: bestOption(tallies),
      options: tallies.map((t) => ({ ...t, voters: votes.filter((v) => v.optionId === t.optionId).map((v) => ({ personId: v.personId, name: v.name, answer: v.answer })) }))
    };
  });
}
export type SessionView = Awaited<ReturnType<typeof listSessions>>[number];

/** A workgroup member's own answers, per candidate date of the trajectory's polls. */
export async function listOwnSessionVotes(voter: SessionVoter): Promise<Record<string, VoteAnswer>> {
  const rows = await db().select({ optionId: trajectorySessionVotes.optionId, answer: trajectorySessionVotes.answer }).from(trajectorySessionVotes)
    .innerJoin(trajectorySessionOptions, eq(trajectorySessionOptions.id, trajectorySessionVotes.optionId))
    .innerJoin(trajectorySessions, eq(trajectorySessions.id, trajectorySessionOptions.sessionId))
    .where(and(eq(trajectorySessions.trajectoryId, voter.id), eq(trajectorySessionVotes.personId, voter.personId)));
  return Object.fromEntries(rows.map((r) => [r.optionId, r.answer]));
}

/** The candidate dates of the trajectory's open polls (what the vote form may answer). */
export async function listOpenOptionIds(voter: SessionVoter): Promise<string[]> {
  const rows = await db().select({ id: trajectorySessionOptions.id }).from(trajectorySessionOptions)
    .innerJoin(trajectorySessions, eq(trajectorySessions.id, trajectorySessionOptions.sessionId))
    .where(and(eq(trajectorySessions.trajectoryId, voter.id), isNull(trajectorySessions.chosenOptionId)));
  return rows.map((r) => r.id);
}

const chosenSessionColumns = {
  sessionId: trajectorySessions.id, trajectoryId: trajectorySessions.trajectoryId, kind: trajectorySessions.kind, location: trajectorySessions.location,
  durationMinutes: trajectorySessions.durationMinutes, startsAt: trajectorySessionOptions.startsAt
};
const chosenJoin = and(eq(trajectorySessionOptions.id, trajectorySessions.chosenOptionId), eq(trajectorySessionOptions.sessionId, trajectorySessions.id));

/** The next planned session of one trajectory (a chosen date still to come), or null. */
export async function nextSessionOf(trajectory: VisibleTrajectory, now = new Date()) {
  const rows = await db().select(chosenSessionColumns).from(trajectorySessions).innerJoin(trajectorySessionOptions, chosenJoin)
    .where(and(eq(trajectorySessions.trajectoryId, trajectory.id), gt(trajectorySessionOptions.startsAt, now)));
  return nextSessionPerTrajectory(rows, now).get(trajectory.id) ?? null;
}

/**
 * For the facilitators' overview: per trajectory of the organisation's offers, its next planned
 * session (trajectory id → session). Scoped by the handle's organisation in SQL.
 */
export async function nextSessionsOfOffers(managed: ManagedOffers, now = new Date()) {
  const rows = await db().select(chosenSessionColumns).from(trajectorySessions).innerJoin(trajectorySessionOptions, chosenJoin)
    .innerJoin(trajectories, eq(trajectories.id, trajectorySessions.trajectoryId))
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .where(and(eq(trajectoryOffers.organisationId, managed.organisationId), gt(trajectorySessionOptions.startsAt, now)));
  return nextSessionPerTrajectory(rows, now);
}

/**
 * The chosen sessions of every trajectory a person coaches or is in the workgroup of: what their
 * personal calendar feed adds. Called with the feed token's owner, like the meetings' feed.
 */
export async function listPersonSessions(personId: string) {
  return db().select({ ...chosenSessionColumns, schoolName: schools.name, offerTitle: trajectoryOffers.title, chosenAt: trajectorySessions.chosenAt })
    .from(trajectorySessions).innerJoin(trajectorySessionOptions, chosenJoin)
    .innerJoin(trajectories, eq(trajectories.id, trajectorySessions.trajectoryId))
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .innerJoin(schools, eq(schools.id, trajectories.schoolId))
    .where(and(isNotNull(trajectorySessions.chosenAt), or(eq(trajectories.coachId, personId),
      sql`exists (select 1 from ${trajectoryWorkgroup} where ${trajectoryWorkgroup.trajectoryId} = ${trajectories.id} and ${trajectoryWorkgroup.personId} = ${personId})`)))
    .orderBy(asc(trajectorySessionOptions.startsAt));
}

/** A logbook entry of the trajectory with its observation form (null while none is filled). */
export async function findObservationFacts(trajectoryId: string, entryId: string) {
  const [row] = await db().select({
    id: trajectoryLogbook.id, kind: trajectoryLogbook.kind, heldOn: trajectoryLogbook.heldOn, shared: trajectoryLogbook.shared,
    participants: trajectoryLogbook.participants, teacherId: trajectoryObservations.teacherId, hasForm: sql<boolean>`${trajectoryObservations.entryId} is not null`
  }).from(trajectoryLogbook).leftJoin(trajectoryObservations, eq(trajectoryObservations.entryId, trajectoryLogbook.id))
    .where(and(eq(trajectoryLogbook.id, entryId), eq(trajectoryLogbook.trajectoryId, trajectoryId)));
  return row ?? null;
}

/** The observation form of an entry the actor may read (the access module decided), with the teacher's name. */
export async function readObservation(entry: { id: string }) {
  const [row] = await db().select({
    teacherId: trajectoryObservations.teacherId, teacherName: people.name, lesson: trajectoryObservations.lesson, focus: trajectoryObservations.focus,
    observed: trajectoryObservations.observed, worked: trajectoryObservations.worked, reflection: trajectoryObservations.reflection,
    agreements: trajectoryObservations.agreements, updatedAt: trajectoryObservations.updatedAt
  }).from(trajectoryObservations).leftJoin(people, eq(people.id, trajectoryObservations.teacherId)).where(eq(trajectoryObservations.entryId, entry.id));
  return row ?? null;
}

/** The offer's cross-school network, if one was created, with its yearly learning networks. */
export async function findOfferNetwork(offerId: string) {
  const [row] = await db().select({ networkId: networks.id, slug: networks.slug, name: networks.name, organisationSlug: organisations.slug })
    .from(trajectoryOfferNetworks).innerJoin(networks, eq(networks.id, trajectoryOfferNetworks.networkId))
    .innerJoin(organisations, eq(organisations.id, networks.organisationId)).where(eq(trajectoryOfferNetworks.offerId, offerId));
  return row ?? null;
}

/** The facilitator's page: the offer's network and its learning networks per school year. */
export async function listOfferLearningNetworks(founder: NetworkFounder) {
  const network = await findOfferNetwork(founder.id);
  return { network, cohorts: network ? await listLearningNetworks(network.networkId) : [] };
}

/** For the trajectory page: the newest learning network of the offer's network that the school is an active member of. */
export async function findTrajectoryLearningNetwork(trajectory: VisibleTrajectory) {
  const [row] = await db().select({
    schoolYear: learningNetworks.schoolYear, networkSlug: networks.slug, networkName: networks.name, organisationSlug: organisations.slug
  }).from(trajectories)
    .innerJoin(trajectoryOfferNetworks, eq(trajectoryOfferNetworks.offerId, trajectories.offerId))
    .innerJoin(networks, eq(networks.id, trajectoryOfferNetworks.networkId))
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .innerJoin(learningNetworks, eq(learningNetworks.networkId, networks.id))
    .innerJoin(learningNetworkMembers, and(eq(learningNetworkMembers.learningNetworkId, learningNetworks.id), eq(learningNetworkMembers.schoolId, trajectories.schoolId), eq(learningNetworkMembers.active, true)))
    .where(eq(trajectories.id, trajectory.id)).orderBy(desc(learningNetworks.schoolYear)).limit(1);
  return row ?? null;
}
