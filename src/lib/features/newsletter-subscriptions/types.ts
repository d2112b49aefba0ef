// The newsletter-subscriptions feature's handles (ADR 020), minted only by `access.server.ts`.
import type { Handle } from '$lib/server/tenancy';
import type { SubscriptionStatus } from './rules';

/** Where the public subscription form posts to: an organisation's newsletter. */
export interface SubscriptionTarget {
  organisationId: string;
  organisationName: string;
  handle: Handle<'subscription-target'>;
}

/** One subscription, opened with its mailed unsubscribe token (no account needed). */
export interface TokenSubscription {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  status: SubscriptionStatus;
  handle: Handle<'token-subscription'>;
}
