import { schoolProfileFailures, updateSchoolProfile } from '$lib/features/schools/mutations.server';
import { schoolProfileSchemaFor } from '$lib/features/schools/schema';
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
    // The fields that apply depend on how the school is identified (a Dutch school has a sector, …).
    schema: (access) => schoolProfileSchemaFor(access.school.identifierType),
    run: ({ access, input }) => updateSchoolProfile(access.schoolId, input),
    failures: schoolProfileFailures,
    done: () => ({ saved: true })
  })
} satisfies Actions;
