import { redirect } from '@sveltejs/kit';
import { requireInternationalWorkspace } from '$lib/features/international-contacts/access.server';
import { createContact } from '$lib/features/international-contacts/mutations.server';
import { internationalContactSchema } from '$lib/features/international-contacts/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// A new contact abroad (ADR 055): the organisation's facilitators.
export const load: PageServerLoad = async (event) => {
  await requireInternationalWorkspace(event, event.params.org, 'manage');
  return {};
};

export const actions = {
  create: defineAction({
    form: 'create',
    access: (event: RequestEvent) => requireInternationalWorkspace(event, event.params.org, 'manage'),
    schema: internationalContactSchema,
    run: ({ access, input }) => createContact(access.organisationId, input),
    done: (_result, { event }) => redirect(303, `/werkruimte/${event.params.org}/internationaal?nieuw=1`)
  })
} satisfies Actions;
