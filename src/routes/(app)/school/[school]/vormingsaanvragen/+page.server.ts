import { listRequestableOrganisations, listSchoolRequests } from '$lib/features/training-requests/data.server';
import { submitRequestFailures, submitTrainingRequest } from '$lib/features/training-requests/mutations.server';
import { trainingRequestSchema } from '$lib/features/training-requests/schema';
import { defineAction } from '$lib/server/actions';
import { requireSchoolRequests } from '$lib/features/training-requests/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent, action: 'view' | 'submit') => requireSchoolRequests(event, event.params.school, action);

// The school's staff read its requests; its coordinators send them (see canTrainingRequest).
export const load: PageServerLoad = async (event) => {
  const { schoolId, abilities } = await guard(event, 'view');
  const [requests, organisations] = await Promise.all([listSchoolRequests(schoolId), abilities.submit ? listRequestableOrganisations() : Promise.resolve([])]);
  return { requests, organisations, abilities: { submit: abilities.submit } };
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
