import type { Actor } from '../people/types';

export type EvaluationSide = 'school' | 'coach';

export interface EvaluationSubject {
  coachId: string | null;
  ambassadorId: string | null;
}

/**
 * Who writes a trajectory's closing evaluation (ADR 049): the school's side by its ambassador (the
 * workgroup's contact), the coach's side by the trajectory's own coach. Nobody else, not even a
 * facilitator: they read both.
 */
export function evaluationSideOf(actor: Actor | null, subject: EvaluationSubject): EvaluationSide | null {
  if (!actor) return null;
  if (subject.coachId === actor.personId) return 'coach';
  if (subject.ambassadorId === actor.personId) return 'school';
  return null;
}
