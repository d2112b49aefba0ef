import { guestRegisterFailures, registerAsGuest } from '$lib/features/accounts/mutations.server';
import { seatsLeft } from '$lib/features/activities/api.server';
import { requireGuestRegistering } from '$lib/features/registrations/access.server';
import { findRegistrationForm } from '$lib/features/registrations/data.server';
import { registrationOpen } from '$lib/features/registrations/rules';
import { guestInterestSchema, guestSchema, registrationFormSchema } from '$lib/features/registrations/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Registering or showing interest without an account (ADR 029): visitors, public activities only
// (someone signed in is sent to ./inschrijven, others' audiences get 404 or 403). The answer after
// posting never tells whether the address has an account; the mutation limits it per address and client.
const guard = (event: RequestEvent) => requireGuestRegistering(event, event.params.org, event.params.activity);

export const load: PageServerLoad = async (event) => {
  const { activity } = await guard(event);
  return {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug, full: seatsLeft(activity) === 0,
      open: registrationOpen(activity.registrationDeadline, new Date()), confirmHours: activity.guestConfirmHours }
  };
};

export const actions = {
  register: defineAction({
    form: 'register',
    access: guard,
    schema: async ({ activity, visible }) => {
      const { questions, extras, invoiceNeeded, pairs } = await findRegistrationForm(visible, activity);
      return registrationFormSchema({ questions, extraIds: extras.map((e) => e.id), invoiceNeeded, pairs }, guestSchema);
    },
    run: ({ event, access, input }) => registerAsGuest(access.guest, input, { client: event.getClientAddress(), locale: event.locals.locale }),
    failures: guestRegisterFailures,
    done: (_result, { input }) => ({ sentTo: input.email })
  }),
  interest: defineAction({
    form: 'interest',
    access: guard,
    schema: guestInterestSchema,
    run: ({ event, access, input }) =>
      registerAsGuest(access.guest, input, { client: event.getClientAddress(), locale: event.locals.locale, interest: true }),
    failures: guestRegisterFailures,
    done: (_result, { input }) => ({ sentTo: input.email })
  })
} satisfies Actions;
