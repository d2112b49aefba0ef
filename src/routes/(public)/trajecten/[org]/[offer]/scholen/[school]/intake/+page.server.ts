import { requireCoachedTrajectory } from '$lib/features/trajectories/access.server';
import { readIntake, readTrajectory } from '$lib/features/trajectories/data.server';
import { saveIntake } from '$lib/features/trajectories/mutations.server';
import { intakeSchema } from '$lib/features/trajectories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireCoachedTrajectory(event, event.params.org, event.params.offer, event.params.school);

// The trajectory's own coach records the intake; the school's application is its starting point.
export const load: PageServerLoad = async (event) => {
  const { offer, trajectory } = await guard(event);
  const [details, intake] = await Promise.all([readTrajectory(trajectory), readIntake(trajectory)]);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug, organisationName: offer.organisationName, intensityOptions: offer.intensityOptions },
    school: { key: event.params.school, name: details!.schoolName, questions: details!.questions, expectations: details!.expectations },
    intake
  };
};

export const actions = {
  default: defineAction({
    form: 'intake',
    access: guard,
    schema: intakeSchema,
    run: ({ access, input }) => saveIntake(access.coached, input, access.actor.personId),
    done: () => ({ saved: true })
  })
} satisfies Actions;
