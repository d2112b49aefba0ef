// The handles of trajectory-plans (ADR 020, ADR 049), minted only in access.server.ts.
import type { Handle } from '$lib/server/tenancy';
import type { EvaluationSide } from './policy';

/** A trajectory whose closing evaluation the actor writes, for their side (school or coach). */
export type TrajectoryEvaluator = Handle<'trajectory-evaluator'> & { side: EvaluationSide; personId: string };
