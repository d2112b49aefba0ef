import { error } from '@sveltejs/kit';
import { findBrandingBySlug, findOrganisationBySlug, listPublicNetworksOfOrganisation } from '$lib/features/organisations/data.server';
import { listPublicInitiatives } from '$lib/features/international-contacts/data.server';
import { requireContactTarget } from '$lib/features/contact/access.server';
import { newContactTicket, sendContactFailures, sendContactMessage } from '$lib/features/contact/mutations.server';
import { contactMessageSchema } from '$lib/features/contact/schema';
import { requireSubscriptionTarget } from '$lib/features/newsletter-subscriptions/access.server';
import { newSubscriptionTicket, subscribeFailures, subscribeToNewsletter } from '$lib/features/newsletter-subscriptions/mutations.server';
import { subscribeSchema } from '$lib/features/newsletter-subscriptions/schema';
import { defineAction } from '$lib/server/actions';
import { messagesFor } from '$lib/i18n/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: an organisation's profile is public; only its public networks are listed. Anyone may
// write to it through the contact form (ADR 053). The public initiatives of its contacts abroad
// that it marked public are listed (ADR 055). Anyone may subscribe to its newsletter (ADR 057).
export const load: PageServerLoad = async ({ params, locals }) => {
  const organisation = await findOrganisationBySlug(params.org);
  if (!organisation) error(404, messagesFor(locals.locale).errors.notFound);
  const [networks, branding, contactTicket, subscriptionTicket, initiatives] = await Promise.all([
    listPublicNetworksOfOrganisation(organisation.id), findBrandingBySlug(organisation.slug), newContactTicket(), newSubscriptionTicket(), listPublicInitiatives(organisation.id)
  ]);
  return { organisation, networks, branding, contactTicket, subscriptionTicket, initiatives };
};

export const actions = {
  contact: defineAction({
    form: 'contact',
    access: (event: RequestEvent) => requireContactTarget(event, event.params.org),
    schema: contactMessageSchema,
    run: ({ event, access, input }) => sendContactMessage(access, input, event.getClientAddress(), event.locals.locale),
    failures: sendContactFailures,
    done: () => ({ contactSent: true })
  }),
  subscribe: defineAction({
    form: 'subscribe',
    access: (event: RequestEvent) => requireSubscriptionTarget(event, event.params.org),
    schema: subscribeSchema,
    run: ({ event, access, input }) => subscribeToNewsletter(access, input, event.getClientAddress()),
    failures: subscribeFailures,
    done: () => ({ subscribeSent: true })
  })
} satisfies Actions;
