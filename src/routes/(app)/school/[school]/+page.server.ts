import { schoolProfileFailures, updateSchoolProfile } from '$lib/features/schools/mutations.server';
import { schoolProfileSchema } from '$lib/features/schools/schema';
import { defineAction } from '$lib/server/actions';
import { requireSchool } from '$lib/features/schools/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  await requireSchool(event, event.params.school, 'view-profile');
  return {};
};

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => requireSchool(event, event.params.school, 'edit-profile'),
    schema: schoolProfileSchema,
    run: ({ access, input }) => updateSchoolProfile(access.schoolId, input),
    failures: schoolProfileFailures,
    done: () => ({ saved: true })
  })
} satisfies Actions;
