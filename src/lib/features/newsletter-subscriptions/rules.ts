// Pure rules of newsletter subscriptions (ADR 057): the statuses, how long a confirmation link
// works, the limits of the public form and of the confirmation mails, and the unsubscribe headers
// of RFC 8058 that every newsletter to a confirmed subscriber carries.

/**
 * pending: signed up, the mailed link not followed yet (nothing but that confirmation is ever sent);
 * confirmed: receives the newsletter; paused: keeps the subscription, receives nothing for now;
 * unsubscribed: by the person (one click or the preference page) or removed by a facilitator.
 */
export const subscriptionStatuses = ['pending', 'confirmed', 'paused', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/** What happened to a subscription, in its audit. */
export const subscriptionEvents = ['subscribed', 'confirmed', 'paused', 'resumed', 'unsubscribed', 'removed', 'resubscribed'] as const;
export type SubscriptionEvent = (typeof subscriptionEvents)[number];

/** A confirmation link works this long; afterwards the page says so and offers to subscribe again. */
export const confirmationLifetimeDays = 7;

/**
 * Per hour: subscriptions per client (IP), per address (across organisations) and per
 * organisation; and confirmation (or "already subscribed") mails per subscription, however often
 * its address is typed in.
 */
export const subscriptionLimits = { perClient: 10, perAddress: 5, perOrganisation: 200, mailsPerSubscription: 1, windowSeconds: 3_600 } as const;

/** Page size of the workspace's list of subscribers, and the most the sending engine reads at once. */
export const subscribersPageSize = 25;
export const maximumSubscriberBatch = 1_000;

/** The public pages a token opens: the one-click unsubscribe (RFC 8058) and the preferences. */
export const unsubscribePath = (token: string) => `/afmelden/nieuwsbrief/${token}`;
export const preferencesPath = (token: string) => `/nieuwsbrief/voorkeuren/${token}`;

export interface UnsubscribeHeaders {
  'List-Unsubscribe': string;
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click';
}

/** The headers of RFC 8058: a mail provider's "unsubscribe" button posts to this https URL. */
export function unsubscribeHeaders(origin: string, token: string): UnsubscribeHeaders {
  return { 'List-Unsubscribe': `<${origin}${unsubscribePath(token)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export type ConfirmationState = 'usable' | 'confirmed' | 'expired' | 'invalid';

/** What a confirmation link does now: confirm, say it was done (idempotent), or that it expired. */
export function confirmationState(row: { status: SubscriptionStatus; confirmExpiresAt: Date | null } | null, now: Date): ConfirmationState {
  if (!row) return 'invalid';
  if (row.status === 'confirmed' || row.status === 'paused') return 'confirmed';
  if (row.status === 'unsubscribed' || !row.confirmExpiresAt) return 'invalid';
  return row.confirmExpiresAt.getTime() > now.getTime() ? 'usable' : 'expired';
}
