import { findConfirmationLink } from '$lib/features/newsletter-subscriptions/data.server';
import { confirmFailures, confirmSubscription } from '$lib/features/newsletter-subscriptions/mutations.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: the secret in the URL is the credential (ADR 057). Opening the mailed link only shows a
// button, so a mail scanner that follows links confirms nothing; the POST confirms, and again it
// only says so. An expired link says so and leads back to the organisation's form.
export const load: PageServerLoad = async ({ params }) => ({ link: await findConfirmationLink(params.token) });

export const actions = {
  default: defineAction({
    form: 'confirm',
    access: (event: RequestEvent) => event,
    run: ({ event }) => confirmSubscription(event.params.token),
    failures: confirmFailures,
    done: (result) => ({ confirmed: true, preferencesUrl: result.preferencesUrl })
  })
} satisfies Actions;
