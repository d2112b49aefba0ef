import { searchSchools } from '$lib/features/schools/data.server';
import { createSchool, createSchoolFailures } from '$lib/features/schools/mutations.server';
import { canSchool } from '$lib/features/schools/policy';
import { schoolCreateSchema, schoolSearchSchema } from '$lib/features/schools/schema';
import { defineAction } from '$lib/server/actions';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import { requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor } = await requireOrganisation(event, event.params.org, 'manage-schools');
  requireAllowed(event, canSchool(actor, 'search-directory'));
  const { q } = schoolSearchSchema.parse({ q: event.url.searchParams.get('q')?.slice(0, 100) ?? '' });
  return { query: q, schools: await searchSchools(q) };
};

export const actions = {
  create: defineAction({
    access: async (event: RequestEvent) => {
      const { actor } = await requireOrganisation(event, event.params.org, 'manage-schools');
      requireAllowed(event, canSchool(actor, 'create'));
    },
    schema: schoolCreateSchema,
    run: ({ input }) => createSchool(input),
    failures: createSchoolFailures,
    done: (result) => ({ created: result.institutionNumber })
  })
} satisfies Actions;
