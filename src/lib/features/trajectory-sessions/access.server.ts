// Who plans a trajectory's sessions, answers their polls, fills an observation form and creates the
// offer's cross-school learning network (ADR 020, ADR 050). Every handle of this feature is minted here.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireManagedOffer, requireTrajectory } from '../trajectories/access.server';
import { findTrajectoryFacts } from '../trajectories/data.server';
import { findObservationFacts } from './data.server';
import { canObservation, canSessions } from './policy';
import type { NetworkFounder, ObservationEditor, SessionPlanner, SessionVoter } from './types';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function trajectoryWithSubject(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectory(event, organisationSlug, offerSlug, schoolParam);
  const facts = await findTrajectoryFacts(found.offer.id, found.school.id);
  if (!facts) notFound(event.locals);
  return { ...found, subject: { organisationId: found.offer.organisationId, coachId: facts.coachId, workgroup: facts.workgroup } };
}

/** The sessions page: whoever sees the trajectory; `planner` for its coach, `voter` for its workgroup members. */
export async function requireSessions(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await trajectoryWithSubject(event, organisationSlug, offerSlug, schoolParam);
  const { actor, subject, trajectory } = found;
  const planner = canSessions(actor, 'plan', subject) ? Object.assign(grant('session-planner', trajectory.id), { personId: actor.personId }) as SessionPlanner : null;
  const voter = canSessions(actor, 'vote', subject) ? Object.assign(grant('session-voter', trajectory.id), { personId: actor.personId }) as SessionVoter : null;
  return { ...found, planner, voter };
}

/** Proposing dates and picking one: the trajectory's own coach. */
export async function requireSessionPlanner(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireSessions(event, organisationSlug, offerSlug, schoolParam);
  if (!found.planner) forbidden(event.locals);
  return { ...found, planner: found.planner };
}

/** Answering a poll: a member of the trajectory's workgroup. */
export async function requireSessionVoter(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireSessions(event, organisationSlug, offerSlug, schoolParam);
  if (!found.voter) forbidden(event.locals);
  return { ...found, voter: found.voter };
}

/** An observation entry's form: read by the coach, the observed teacher and, when the entry is shared, whoever sees the trajectory. */
export async function requireObservation(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string, entryParam: string) {
  const found = await trajectoryWithSubject(event, organisationSlug, offerSlug, schoolParam);
  if (!uuidPattern.test(entryParam)) notFound(event.locals);
  const entry = await findObservationFacts(found.trajectory.id, entryParam);
  if (!entry || entry.kind !== 'observatie') notFound(event.locals);
  const subject = { ...found.subject, teacherId: entry.teacherId, shared: entry.shared };
  if (!canObservation(found.actor, 'view', subject)) forbidden(event.locals);
  const isCoach = found.coached !== null;
  const editor = canObservation(found.actor, 'edit', subject)
    ? Object.assign(grant('observation-editor', entry.id), { trajectoryId: found.trajectory.id, personId: found.actor.personId, isCoach }) as ObservationEditor
    : null;
  return { ...found, entry, editor };
}

/** Filling in the form: the coach, or the teacher the form names. */
export async function requireObservationEditor(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string, entryParam: string) {
  const found = await requireObservation(event, organisationSlug, offerSlug, schoolParam, entryParam);
  if (!found.editor) forbidden(event.locals);
  return { ...found, editor: found.editor };
}

/** The offer's cross-school learning network: created by the facilitators of the offer's organisation. */
export async function requireNetworkFounder(event: GuardEvent, organisationSlug: string, offerSlug: string) {
  const found = await requireManagedOffer(event, organisationSlug, offerSlug);
  const founder = Object.assign(grant('network-founder', found.offer.id), { organisationId: found.organisationId, personId: found.actor.personId }) as NetworkFounder;
  return { ...found, founder };
}
