// Who exports, evaluates and closes a trajectory, built on the trajectories guards (ADR 020, ADR 049).
import { forbidden, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireTrajectory } from '../trajectories/access.server';
import { evaluationSideOf } from './policy';
import type { TrajectoryEvaluator } from './types';

/** The evaluation page: whoever sees the trajectory reads it; its ambassador and its coach write their side while it is open. */
export async function requireEvaluationView(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectory(event, organisationSlug, offerSlug, schoolParam);
  const side = found.closed ? null : evaluationSideOf(found.actor, found.facts);
  const evaluator = side ? Object.assign(grant('trajectory-evaluator', found.facts.id), { side, personId: found.actor.personId }) as TrajectoryEvaluator : null;
  return { ...found, evaluator };
}

/** Writing an evaluation: the ambassador (school) or the coach, of a trajectory not closed yet. */
export async function requireEvaluator(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireEvaluationView(event, organisationSlug, offerSlug, schoolParam);
  if (!found.evaluator) forbidden(event.locals);
  return { ...found, evaluator: found.evaluator };
}
