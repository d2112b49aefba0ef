import { searchSchools } from '$lib/features/schools/data.server';
import { createSchool } from '$lib/features/schools/mutations.server';
import { canSchool } from '$lib/features/schools/policy';
import { schoolCreateSchema, schoolSearchSchema } from '$lib/features/schools/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireOrganisation } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor } = await requireOrganisation(event, event.params.org, 'manage-schools');
  requireAllowed(event, canSchool(actor, 'search-directory'));
  const { q } = schoolSearchSchema.parse({ q: event.url.searchParams.get('q')?.slice(0, 100) ?? '' });
  return { query: q, schools: await searchSchools(q) };
};

export const actions: Actions = {
  create: async (event) => {
    const { actor } = await requireOrganisation(event, event.params.org, 'manage-schools');
    requireAllowed(event, canSchool(actor, 'create'));
    const data = await event.request.formData();
    const parsed = parseForm(schoolCreateSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure);
    const result = await createSchool(parsed.data);
    if (!result.ok) {
      return result.reason === 'duplicate-number'
        ? fieldFail(409, 'institutionNumber', 'schoolDuplicate', data)
        : fieldFail(409, 'name', 'schoolDuplicateName', data);
    }
    return { created: result.institutionNumber };
  }
};
