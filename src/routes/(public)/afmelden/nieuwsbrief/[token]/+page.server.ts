import { requireTokenSubscription } from '$lib/features/newsletter-subscriptions/access.server';
import { unsubscribeByToken } from '$lib/features/newsletter-subscriptions/mutations.server';
import { preferencesPath } from '$lib/features/newsletter-subscriptions/rules';
import { oneClickSchema } from '$lib/features/newsletter-subscriptions/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// One-click unsubscribe (RFC 8058, ADR 057). The token in the URL is the credential. GET only
// shows a button (mail scanners prefetch links); the POST with `List-Unsubscribe=One-Click`
// unsubscribes and answers 200 — from the page's button, or from a mail provider's server, which
// sends no cookies and no Origin (the origin check lets exactly this path through, transport.ts).
export const load: PageServerLoad = async (event) => {
  const subscription = await requireTokenSubscription(event, event.params.token);
  return {
    organisationName: subscription.organisationName, email: subscription.email, unsubscribed: subscription.status === 'unsubscribed',
    preferencesUrl: preferencesPath(event.params.token)
  };
};

export const actions = {
  default: defineAction({
    form: 'unsubscribe',
    access: (event: RequestEvent) => requireTokenSubscription(event, event.params.token),
    schema: oneClickSchema,
    run: ({ access }) => unsubscribeByToken(access),
    done: () => ({ unsubscribed: true })
  })
} satisfies Actions;
