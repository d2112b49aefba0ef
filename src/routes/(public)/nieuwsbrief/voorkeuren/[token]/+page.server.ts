import { requireTokenSubscription } from '$lib/features/newsletter-subscriptions/access.server';
import { changeSubscription, changeSubscriptionFailures, updateSubscriptionPreferences } from '$lib/features/newsletter-subscriptions/mutations.server';
import { preferencesSchema, subscriptionChangeSchema } from '$lib/features/newsletter-subscriptions/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The preference page of one subscription (ADR 057), opened with the token of its mails; no
// account needed. Name and language, pause and resume, unsubscribe and subscribe again.
const guard = (event: RequestEvent) => requireTokenSubscription(event, event.params.token);

export const load: PageServerLoad = async (event) => {
  const { organisationName, organisationSlug, email, name, locale, status } = await requireTokenSubscription(event, event.params.token);
  return { subscription: { organisationName, organisationSlug, email, name, locale, status } };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: guard,
    schema: preferencesSchema,
    run: ({ access, input }) => updateSubscriptionPreferences(access, input),
    done: () => ({ saved: 'preferences' as const })
  }),
  change: defineAction({
    form: 'change',
    access: guard,
    schema: subscriptionChangeSchema,
    run: ({ access, input }) => changeSubscription(access, input.change),
    failures: changeSubscriptionFailures,
    done: () => ({ saved: 'status' as const })
  })
} satisfies Actions;
