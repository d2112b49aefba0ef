import { listRequestableOrganisations, listSchoolRequests } from '$lib/features/training-requests/data.server';
import { submitTrainingRequest } from '$lib/features/training-requests/mutations.server';
import { canTrainingRequest, type TrainingRequestAction } from '$lib/features/training-requests/policy';
import { trainingRequestSchema } from '$lib/features/training-requests/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireSchool } from '$lib/server/guards';
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

export const actions: Actions = {
  submit: async (event) => {
    const { actor, schoolId } = await guard(event, 'submit');
    const data = await event.request.formData();
    const parsed = parseForm(trainingRequestSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'submit');
    const result = await submitTrainingRequest(schoolId, actor.personId, parsed.data);
    if (!result.ok) return fieldFail(404, 'organisationId', 'communityOrganisationNotFound', data, 'submit');
    return { saved: 'submitted' };
  }
};
