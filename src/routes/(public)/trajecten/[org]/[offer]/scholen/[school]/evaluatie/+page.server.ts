import { requireEvaluationView, requireEvaluator } from '$lib/features/trajectory-plans/access.server';
import { readEvaluations } from '$lib/features/trajectory-plans/data.server';
import { evaluationFailures, saveEvaluation } from '$lib/features/trajectory-plans/mutations.server';
import { evaluationSchema } from '$lib/features/trajectory-plans/schema';
import { readTrajectory } from '$lib/features/trajectories/data.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Everyone who sees the trajectory reads both evaluations; its ambassador and its coach write theirs (ADR 049).
export const load: PageServerLoad = async (event) => {
  const { offer, trajectory, evaluator, closed, facts } = await requireEvaluationView(event, event.params.org, event.params.offer, event.params.school);
  const [details, evaluations] = await Promise.all([readTrajectory(trajectory), readEvaluations(trajectory)]);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug },
    school: { key: event.params.school, name: details!.schoolName },
    evaluations, closed, running: facts.phase === 'uitvoering',
    side: evaluator?.side ?? null
  };
};

export const actions = {
  default: defineAction({
    form: 'evaluation',
    access: (event: RequestEvent) => requireEvaluator(event, event.params.org, event.params.offer, event.params.school),
    schema: evaluationSchema,
    run: ({ access, input }) => saveEvaluation(access.evaluator, input),
    failures: evaluationFailures,
    done: (result) => ({ saved: true as const, closedNow: result.closed })
  })
} satisfies Actions;
