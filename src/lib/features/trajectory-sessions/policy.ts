import { canTrajectory, type TrajectorySubject } from '../trajectories/policy';
import type { Actor } from '../people/types';

export type SessionAction = 'plan' | 'vote' | 'found-network';

/**
 * Sessions are planned by the trajectory's own coach; only the workgroup answers the poll (the
 * coach proposes, the facilitators follow). The cross-school learning network is created by the
 * offer's facilitators (those who decide the applications).
 */
export function canSessions(actor: Actor | null, action: SessionAction, subject: TrajectorySubject): boolean {
  if (!actor) return false;
  if (action === 'plan') return canTrajectory(actor, 'coach', subject);
  if (action === 'vote') return subject.workgroup.includes(actor.personId);
  return canTrajectory(actor, 'decide', subject);
}

export interface ObservationSubject extends TrajectorySubject {
  /** The workgroup member observed, once the form names one. */
  teacherId: string | null;
  /** Whether the logbook entry is shared with the workgroup. */
  shared: boolean;
}

/**
 * The observation form is filled by the coach and the teacher together: the coach and the named
 * teacher edit it. It is read by them, and by whoever reads the entry when it is shared.
 */
export function canObservation(actor: Actor | null, action: 'view' | 'edit', subject: ObservationSubject): boolean {
  if (!actor) return false;
  const own = canTrajectory(actor, 'coach', subject) || (subject.teacherId !== null && subject.teacherId === actor.personId);
  if (action === 'edit') return own;
  return own || (subject.shared && canTrajectory(actor, 'view', subject));
}

export function sessionAbilities(actor: Actor | null, subject: TrajectorySubject) {
  return { plan: canSessions(actor, 'plan', subject), vote: canSessions(actor, 'vote', subject) };
}
