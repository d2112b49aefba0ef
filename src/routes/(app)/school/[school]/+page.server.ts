import { updateSchoolProfile } from '$lib/features/schools/mutations.server';
import { schoolProfileSchema } from '$lib/features/schools/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireSchool } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await requireSchool(event, event.params.school, 'view-profile');
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const { schoolId } = await requireSchool(event, event.params.school, 'edit-profile');
    const data = await event.request.formData();
    const parsed = parseForm(schoolProfileSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure);
    const result = await updateSchoolProfile(schoolId, parsed.data);
    if (!result.ok) return fieldFail(409, 'name', 'schoolDuplicateName', data);
    return { saved: true };
  }
};
