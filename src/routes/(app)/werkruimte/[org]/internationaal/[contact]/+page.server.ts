import { requireManagedContact } from '$lib/features/international-contacts/access.server';
import { contactFailures, updateContact } from '$lib/features/international-contacts/mutations.server';
import { internationalContactSchema } from '$lib/features/international-contacts/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireManagedContact(event, event.params.org, event.params.contact);

// Editing one contact abroad (ADR 055): the organisation's facilitators; another organisation's
// contact is a 404.
export const load: PageServerLoad = async (event) => {
  const { contact } = await guard(event);
  return { contact };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: guard,
    schema: internationalContactSchema,
    run: ({ access, input }) => updateContact(access.organisationId, access.contact.id, input),
    failures: contactFailures,
    done: () => ({ saved: true })
  })
} satisfies Actions;
