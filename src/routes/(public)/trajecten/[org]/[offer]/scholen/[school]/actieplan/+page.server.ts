import { requirePlanEditor, requireTrajectory } from '$lib/features/trajectories/access.server';
import { readActionPlan, readTrajectory } from '$lib/features/trajectories/data.server';
import { addAction, addGoal, planFailures } from '$lib/features/trajectories/mutations.server';
import { goalSchema, planActionSchema } from '$lib/features/trajectories/schema';
import { listPartnerChoices, readPlanExtras } from '$lib/features/trajectory-plans/data.server';
import {
  addReflection, deleteAction, deleteGoal, deleteReflection, editAction, editGoal, editReflection, planEditFailures, planExtraFailures, saveActionProgress, setActionPartner
} from '$lib/features/trajectory-plans/mutations.server';
import {
  actionDeleteSchema, actionEditSchema, actionPartnerSchema, actionProgressSchema, goalDeleteSchema, goalEditSchema, reflectionDeleteSchema, reflectionEditSchema,
  reflectionSchema
} from '$lib/features/trajectory-plans/schema';
import { brusselsDate } from '$lib/kernel/time';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requirePlanEditor(event, event.params.org, event.params.offer, event.params.school);
/** One form per goal or action (`progress-<id>`): a refusal is shown at the item it concerns. */
const perItem = (name: string, field: 'actionId' | 'goalId' | 'reflectionId') => (data: FormData) => `${name}-${String(data.get(field) ?? '')}`;

// Whoever sees the trajectory follows its plan; its coach and workgroup build it (ADR 040).
export const load: PageServerLoad = async (event) => {
  const { actor, offer, trajectory, planner, closed } = await requireTrajectory(event, event.params.org, event.params.offer, event.params.school);
  const [details, plan, extras, partners] = await Promise.all([
    readTrajectory(trajectory), readActionPlan(trajectory), readPlanExtras(trajectory), planner ? listPartnerChoices(trajectory) : []
  ]);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug },
    school: { key: event.params.school, name: details!.schoolName },
    workgroup: details!.workgroup.map((w) => ({ personId: w.personId, name: w.name })),
    plan,
    extras: Object.fromEntries(extras),
    partners,
    closed,
    today: brusselsDate(new Date()),
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
    form: perItem('progress', 'actionId'),
    access: guard,
    schema: actionProgressSchema,
    // The evidence file is no text field of the schema: it is read from the raw form and checked by its bytes (ADR 054).
    run: ({ access, input, data }) => saveActionProgress(access.planner, input, data.get('file')),
    failures: planEditFailures,
    done: () => ({ saved: 'progress' as const })
  }),
  reflection: defineAction({
    form: perItem('reflection', 'actionId'),
    access: guard,
    schema: reflectionSchema,
    run: ({ access, input }) => addReflection(access.planner, input),
    failures: planExtraFailures,
    done: () => ({ saved: 'reflection' as const })
  }),
  editReflection: defineAction({
    form: perItem('editReflection', 'reflectionId'),
    access: guard,
    schema: reflectionEditSchema,
    run: ({ access, input }) => editReflection(access.planner, input),
    failures: planExtraFailures,
    done: () => ({ saved: 'editReflection' as const })
  }),
  deleteReflection: defineAction({
    form: perItem('deleteReflection', 'reflectionId'),
    access: guard,
    schema: reflectionDeleteSchema,
    run: ({ access, input }) => deleteReflection(access.planner, input.reflectionId),
    failures: planExtraFailures,
    done: () => ({ saved: 'deleteReflection' as const })
  }),
  partner: defineAction({
    form: perItem('partner', 'actionId'),
    access: guard,
    schema: actionPartnerSchema,
    run: ({ access, input }) => setActionPartner(access.planner, input),
    failures: planExtraFailures,
    done: () => ({ saved: 'partner' as const })
  }),
  // Editing and deleting (ADR 054).
  editGoal: defineAction({
    form: perItem('editGoal', 'goalId'),
    access: guard,
    schema: goalEditSchema,
    run: ({ access, input }) => editGoal(access.planner, input),
    failures: planEditFailures,
    done: () => ({ saved: 'editGoal' as const })
  }),
  deleteGoal: defineAction({
    form: perItem('deleteGoal', 'goalId'),
    access: guard,
    schema: goalDeleteSchema,
    run: ({ access, input }) => deleteGoal(access.planner, input.goalId),
    failures: planEditFailures,
    done: () => ({ saved: 'deleteGoal' as const })
  }),
  editAction: defineAction({
    form: perItem('editAction', 'actionId'),
    access: guard,
    schema: actionEditSchema,
    run: ({ access, input }) => editAction(access.planner, input),
    failures: planEditFailures,
    done: () => ({ saved: 'editAction' as const })
  }),
  deleteAction: defineAction({
    form: perItem('deleteAction', 'actionId'),
    access: guard,
    schema: actionDeleteSchema,
    run: ({ access, input }) => deleteAction(access.planner, input.actionId),
    failures: planEditFailures,
    done: () => ({ saved: 'deleteAction' as const })
  })
} satisfies Actions;
