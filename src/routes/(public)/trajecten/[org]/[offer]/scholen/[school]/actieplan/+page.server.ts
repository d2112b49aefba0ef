import { requirePlanEditor, requireTrajectory } from '$lib/features/trajectories/access.server';
import { readActionPlan, readTrajectory } from '$lib/features/trajectories/data.server';
import { addAction, addGoal, planFailures, updateActionProgress } from '$lib/features/trajectories/mutations.server';
import { actionProgressSchema, goalSchema, planActionSchema } from '$lib/features/trajectories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requirePlanEditor(event, event.params.org, event.params.offer, event.params.school);

// Whoever sees the trajectory follows its plan; its coach and workgroup build it (ADR 040).
export const load: PageServerLoad = async (event) => {
  const { actor, offer, trajectory, planner } = await requireTrajectory(event, event.params.org, event.params.offer, event.params.school);
  const [details, plan] = await Promise.all([readTrajectory(trajectory), readActionPlan(trajectory)]);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug },
    school: { key: event.params.school, name: details!.schoolName },
    workgroup: details!.workgroup.map((w) => ({ personId: w.personId, name: w.name })),
    plan,
    canPlan: planner !== null,
    isCoach: planner?.isCoach ?? false,
    personId: actor.personId
  };
};

export const actions = {
  goal: defineAction({
    form: 'goal',
    access: guard,
    schema: goalSchema,
    run: ({ access, input }) => addGoal(access.planner, input),
    failures: planFailures,
    done: () => ({ saved: 'goal' as const })
  }),
  action: defineAction({
    form: 'action',
    access: guard,
    schema: planActionSchema,
    run: ({ access, input }) => addAction(access.planner, input),
    failures: planFailures,
    done: () => ({ saved: 'action' as const })
  }),
  progress: defineAction({
    // One form per action: the refusal is shown at the action it concerns.
    form: (data) => `progress-${String(data.get('actionId') ?? '')}`,
    access: guard,
    schema: actionProgressSchema,
    run: ({ access, input }) => updateActionProgress(access.planner, input),
    failures: planFailures,
    done: () => ({ saved: 'progress' as const })
  })
} satisfies Actions;
