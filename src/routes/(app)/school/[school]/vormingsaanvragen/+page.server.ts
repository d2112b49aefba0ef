import { listRequestableOrganisations, listSchoolRequests } from '$lib/features/training-requests/data.server';
import { submitRequestFailures, submitTrainingRequest } from '$lib/features/training-requests/mutations.server';
import { canTrainingRequest, type TrainingRequestAction } from '$lib/features/training-requests/policy';
import { trainingRequestSchema } from '$lib/features/training-requests/schema';
import { defineAction } from '$lib/server/actions';
import { requireSchool } from '$lib/features/schools/access.server';
import { requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: TrainingRequestAction) {
  const school = await requireSchool(event, event.params.school, 'view-profile');
  requireAllowed(event, canTrainingRequest(school.actor, action, { schoolId: school.school.id }));
  return school;
}

// The school's staff read its requests; its coordinators send them (see canTrainingRequest).
export const load: PageServerLoad = async (event) => {
  const { actor, school, schoolId } = await guard(event, 'view-school-requests');
  const canSubmit = canTrainingRequest(actor, 'submit', { schoolId: school.id });
  const [requests, organisations] = await Promise.all([listSchoolRequests(schoolId), canSubmit ? listRequestableOrganisations() : Promise.resolve([])]);
  return { requests, organisations, canSubmit };
};

export const actions = {
  submit: defineAction({
    form: 'submit',
    access: (event: RequestEvent) => guard(event, 'submit'),
    schema: trainingRequestSchema,
    run: ({ access, input }) => submitTrainingRequest(access.schoolId, access.actor.personId, input),
    failures: submitRequestFailures,
    done: () => ({ saved: 'submitted' })
  })
} satisfies Actions;
