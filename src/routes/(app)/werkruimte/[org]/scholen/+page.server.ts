import { searchSchools } from '$lib/features/schools/data.server';
import { addSchool, createSchoolFailures } from '$lib/features/schools/mutations.server';
import { newSchoolFormSchema, schoolSearchSchema } from '$lib/features/schools/schema';
import { defineAction } from '$lib/server/actions';
import { requireSchoolDirectory } from '$lib/features/schools/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  await requireSchoolDirectory(event, event.params.org, 'search-directory');
  const { q } = schoolSearchSchema.parse({ q: event.url.searchParams.get('q')?.slice(0, 100) ?? '' });
  return { query: q, schools: await searchSchools(q) };
};

export const actions = {
  create: defineAction({
    access: (event: RequestEvent) => requireSchoolDirectory(event, event.params.org, 'create'),
    schema: newSchoolFormSchema,
    run: ({ access, input }) => addSchool(input, access.actor.name),
    failures: createSchoolFailures,
    done: (result) => ({ created: result.institutionNumber, coordinatorInvited: result.coordinatorInvited })
  })
} satisfies Actions;
