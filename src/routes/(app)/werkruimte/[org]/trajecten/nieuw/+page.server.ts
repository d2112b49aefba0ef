import { redirect } from '@sveltejs/kit';
import { workingSchoolYear } from '$lib/features/calendar/rules';
import { requireManagedOffers } from '$lib/features/trajectories/access.server';
import { createOffer } from '$lib/features/trajectories/mutations.server';
import { offerSchema } from '$lib/features/trajectories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  await requireManagedOffers(event, event.params.org);
  return { firstYear: workingSchoolYear(new Date()) };
};

export const actions = {
  default: defineAction({
    form: 'offer',
    access: (event: RequestEvent) => requireManagedOffers(event, event.params.org),
    schema: offerSchema,
    run: ({ access, input }) => createOffer(access.managed, input),
    done: (result, { access }) => redirect(303, `/werkruimte/${access.organisation.slug}/trajecten/${result.slug}`)
  })
} satisfies Actions;
