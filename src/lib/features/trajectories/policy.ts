import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type OfferAction = 'manage' | 'view-own-trajectories';
export type TrajectoryAction = 'view' | 'decide' | 'coach' | 'plan';

/**
 * An organisation's offers and every school's application are run by its facilitators. Its coaches
 * see only the trajectories they coach (their workspace list), never the applications.
 */
export function canOffers(actor: Actor | null, action: OfferAction, organisationId: string): boolean {
  if (!actor) return false;
  if (action === 'manage') return hasOrganisationRole(actor, organisationId, 'facilitator');
  return hasOrganisationRole(actor, organisationId, 'facilitator') || hasOrganisationRole(actor, organisationId, 'coach');
}

/** Only a coordinator of the school commits it to a trajectory (the eligibility is the offer's rule, in the mutation). */
export function canApply(actor: Actor | null, schoolId: string): boolean {
  return schoolAccessOf(actor, schoolId) === 'coordinator';
}

export interface TrajectorySubject {
  organisationId: string;
  coachId: string | null;
  workgroup: readonly string[];
}

/**
 * A trajectory is seen by its school's workgroup, its own coach and the organisation's
 * facilitators: not by another coach of the same organisation, nor by the school's other staff.
 */
export function canTrajectory(actor: Actor | null, action: TrajectoryAction, subject: TrajectorySubject): boolean {
  if (!actor) return false;
  const facilitator = hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  if (action === 'decide') return facilitator;
  // The intake, the logbook and its private entries are the coach's own: not even a facilitator writes or reads those.
  if (action === 'coach') return subject.coachId === actor.personId;
  // The action plan is built by the coach with the workgroup; the facilitators follow it.
  if (action === 'plan') return subject.coachId === actor.personId || subject.workgroup.includes(actor.personId);
  return facilitator || subject.coachId === actor.personId || subject.workgroup.includes(actor.personId);
}

export function offerAbilities(actor: Actor | null, organisationId: string) {
  return { manage: canOffers(actor, 'manage', organisationId) };
}
