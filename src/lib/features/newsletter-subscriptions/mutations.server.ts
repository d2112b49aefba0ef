// Writes of newsletter subscriptions (ADR 057). A subscription and its confirmation mail are
// recorded in one transaction (ADR 022). The public form answers the same whatever the address's
// state, so nobody learns from it whether an address is subscribed.
import { and, eq, ne } from 'drizzle-orm';
import { hashSecret, newSecret } from '$lib/server/auth/tokens';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { urgentMailJob } from '../mail/jobs.server';
import { skipQueuedRecipients } from '../mail-campaigns/mutations.server';
import { findMailBrand } from '../organisations/data.server';
import { newFormTicket, passSpamBrakes, takeRateLimit } from '../people/mutations.server';
import { alreadySubscribedMail, confirmSubscriptionMail } from './emails/subscription-mails';
import { confirmationLifetimeDays, confirmationState, preferencesPath, subscriptionLimits, type SubscriptionEvent, type SubscriptionStatus } from './rules';
import type { SubscribeInput, SubscriptionChange } from './schema';
import { newsletterSubscriptionEvents, newsletterSubscriptions } from './tables.server';
import type { SubscriptionTarget, TokenSubscription } from './types';

/** The ticket a freshly loaded subscription form carries. */
export function newSubscriptionTicket(now = new Date()): Promise<string> {
  return newFormTicket('newsletter-subscription', now);
}

export type SubscribeResult = { ok: true } | { ok: false; reason: 'honeypot' | 'too-fast' | 'stale' | 'ticket-invalid' | 'rate-limited' };

export const subscribeFailures = {
  honeypot: { status: 400, key: 'subscriptionRefused' },
  'ticket-invalid': { status: 400, key: 'subscriptionRefused' },
  'too-fast': { status: 400, key: 'subscriptionTooFast' },
  stale: { status: 400, key: 'subscriptionStale' },
  'rate-limited': { status: 429, key: 'subscriptionRateLimited' }
} satisfies FailureMap<SubscribeResult>;

const record = (tx: Tx, subscriptionId: string, event: SubscriptionEvent, personId: string | null = null, at = new Date()) =>
  tx.insert(newsletterSubscriptionEvents).values({ subscriptionId, event, personId, createdAt: at });

/** A new confirmation link for a pending subscription: its secret travels, its hash is kept. */
async function mailConfirmation(tx: Tx, target: SubscriptionTarget, row: { id: string; email: string; name: string; locale: 'nl' | 'en' }, now: Date) {
  const secret = newSecret();
  await tx.update(newsletterSubscriptions)
    .set({ confirmTokenHash: hashSecret(secret), confirmExpiresAt: new Date(now.getTime() + confirmationLifetimeDays * 86_400_000) })
    .where(eq(newsletterSubscriptions.id, row.id));
  const origin = readEnv().ORIGIN;
  const brand = await findMailBrand(target.organisationId, origin, tx);
  await recordJob(tx, urgentMailJob, confirmSubscriptionMail({ email: row.email, name: row.name || row.email, locale: row.locale },
    { organisationName: target.organisationName, confirmUrl: `${origin}/nieuwsbrief/bevestigen/${secret}`, days: confirmationLifetimeDays, brand }));
}

/**
 * A visitor subscribes. After the spam brakes and the limits, whatever the address's state the
 * answer is the same `{ ok: true }`: a new address is pending and gets the confirmation link; a
 * pending one gets a new link; an unsubscribed one becomes pending again and needs the link too;
 * a confirmed or paused one gets a short "you are already subscribed" mail with its preference
 * link. Any of those mails at most once an hour per subscription, however often the address is typed.
 */
export async function subscribeToNewsletter(target: SubscriptionTarget, input: SubscribeInput, client: string, now = new Date()): Promise<SubscribeResult> {
  const braked = await passSpamBrakes('newsletter-subscription', input, now);
  if (braked) return { ok: false, reason: braked };
  const { perClient, perAddress, perOrganisation, mailsPerSubscription, windowSeconds } = subscriptionLimits;
  const limited = await transactionWithJobs(async (tx) => {
    const within = await takeRateLimit(`newsletter:client:${client}`, perClient, windowSeconds, tx) &&
      await takeRateLimit(`newsletter:address:${input.email}`, perAddress, windowSeconds, tx) &&
      await takeRateLimit(`newsletter:organisation:${target.organisationId}`, perOrganisation, windowSeconds, tx);
    if (!within) return true;
    const inserted = await tx.insert(newsletterSubscriptions)
      .values({ organisationId: target.organisationId, email: input.email, name: input.name, locale: input.locale, unsubscribeToken: newSecret(), statusChangedAt: now, createdAt: now })
      .onConflictDoNothing().returning({ id: newsletterSubscriptions.id });
    const [row] = await tx.select().from(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.organisationId, target.organisationId), eq(newsletterSubscriptions.email, input.email))).for('update');
    if (!row) throw new Error('the subscription vanished inside its own transaction');
    if (!(await takeRateLimit(`newsletter:mail:${row.id}`, mailsPerSubscription, windowSeconds, tx))) return false;
    if (row.status === 'confirmed' || row.status === 'paused') {
      const origin = readEnv().ORIGIN;
      await recordJob(tx, urgentMailJob, alreadySubscribedMail({ email: row.email, name: row.name || row.email, locale: row.locale },
        { organisationName: target.organisationName, preferencesUrl: `${origin}${preferencesPath(row.unsubscribeToken)}`, brand: await findMailBrand(target.organisationId, origin, tx) }));
      return false;
    }
    // Pending or unsubscribed: (again) pending, with what was typed now, until the link is followed.
    await tx.update(newsletterSubscriptions)
      .set({ name: input.name, locale: input.locale, ...(row.status === 'unsubscribed' ? { status: 'pending' as const, statusChangedAt: now } : {}) })
      .where(eq(newsletterSubscriptions.id, row.id));
    if (inserted.length > 0 || row.status === 'unsubscribed') await record(tx, row.id, 'subscribed', null, now);
    await mailConfirmation(tx, target, { ...row, name: input.name, locale: input.locale }, now);
    return false;
  });
  // Over a limit the transaction still commits, with only the counters: a refused attempt counts.
  return limited ? { ok: false, reason: 'rate-limited' } : { ok: true };
}

export type ConfirmResult = { ok: true; preferencesUrl: string } | { ok: false; reason: 'token-invalid' | 'expired' };

export const confirmFailures = {
  'token-invalid': { status: 400, key: 'subscriptionLinkInvalid' },
  expired: { status: 400, key: 'subscriptionLinkExpired' }
} satisfies FailureMap<ConfirmResult>;

/** Following the mailed link (a POST: the GET page only shows a button) confirms; again, it says so. */
export async function confirmSubscription(secret: string, now = new Date()): Promise<ConfirmResult> {
  if (secret.length > 100) return { ok: false, reason: 'token-invalid' };
  return db().transaction(async (tx) => {
    const [row] = await tx.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.confirmTokenHash, hashSecret(secret))).for('update');
    const state = confirmationState(row ?? null, now);
    if (!row || state === 'invalid') return { ok: false, reason: 'token-invalid' } as const;
    if (state === 'expired') return { ok: false, reason: 'expired' } as const;
    if (state === 'usable') {
      await tx.update(newsletterSubscriptions).set({ status: 'confirmed', confirmedAt: now, statusChangedAt: now }).where(eq(newsletterSubscriptions.id, row.id));
      await record(tx, row.id, 'confirmed', null, now);
    }
    return { ok: true, preferencesUrl: preferencesPath(row.unsubscribeToken) } as const;
  });
}

/** Moves a subscription to `to` (when it is not there yet) and notes the event. */
async function move(subscriptionId: string, from: SubscriptionStatus[] | null, to: SubscriptionStatus, event: SubscriptionEvent, personId: string | null = null, scope?: AuthorizedOrgId) {
  return db().transaction(async (tx) => {
    const [row] = await tx.select({ status: newsletterSubscriptions.status, organisationId: newsletterSubscriptions.organisationId, email: newsletterSubscriptions.email })
      .from(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.id, subscriptionId), scope ? eq(newsletterSubscriptions.organisationId, scope) : undefined)).for('update');
    if (!row) return 'not-found' as const;
    if (row.status === to) return 'unchanged' as const;
    if (from && !from.includes(row.status)) return 'not-allowed' as const;
    const now = new Date();
    await tx.update(newsletterSubscriptions).set({ status: to, statusChangedAt: now, ...(to === 'confirmed' ? { confirmedAt: now } : {}) })
      .where(and(eq(newsletterSubscriptions.id, subscriptionId), ne(newsletterSubscriptions.status, to)));
    await record(tx, subscriptionId, event, personId, now);
    // Unsubscribed or paused counts for the very next mail, also of a newsletter being sent now (issue 18).
    if (to === 'unsubscribed' || to === 'paused') {
      await skipQueuedRecipients(tx, { organisationId: row.organisationId, address: row.email, reason: event, kind: 'newsletter' });
    }
    return 'moved' as const;
  });
}

/**
 * RFC 8058 one click, or the button on the page: unsubscribed at once, idempotent. A pending
 * subscription may be ended this way too; the address's queued newsletter mails are skipped.
 */
export async function unsubscribeByToken(subscription: TokenSubscription): Promise<{ ok: true }> {
  await move(subscription.id, null, 'unsubscribed', 'unsubscribed');
  return { ok: true };
}

export type ChangeSubscriptionResult = { ok: true } | { ok: false; reason: 'not-allowed' };

export const changeSubscriptionFailures = {
  'not-allowed': { status: 409, key: 'subscriptionChangeNotAllowed' }
} satisfies FailureMap<ChangeSubscriptionResult>;

const changes: Record<SubscriptionChange, { from: SubscriptionStatus[]; to: SubscriptionStatus; event: SubscriptionEvent }> = {
  pause: { from: ['confirmed'], to: 'paused', event: 'paused' },
  resume: { from: ['paused'], to: 'confirmed', event: 'resumed' },
  unsubscribe: { from: ['pending', 'confirmed', 'paused'], to: 'unsubscribed', event: 'unsubscribed' },
  // The token was only ever mailed to the address after it was confirmed: following it proves the
  // mailbox again, so subscribing again from the preference page needs no new confirmation.
  resubscribe: { from: ['unsubscribed'], to: 'confirmed', event: 'resubscribed' }
};

/** The preference page's buttons: pause, resume, unsubscribe, subscribe again. Done twice, nothing changes. */
export async function changeSubscription(subscription: TokenSubscription, change: SubscriptionChange): Promise<ChangeSubscriptionResult> {
  const { from, to, event } = changes[change];
  const moved = await move(subscription.id, from, to, event);
  return moved === 'not-allowed' ? { ok: false, reason: 'not-allowed' } : { ok: true };
}

/** Name and language of the newsletter, from the preference page. */
export async function updateSubscriptionPreferences(subscription: TokenSubscription, input: { name: string; locale: 'nl' | 'en' }): Promise<{ ok: true }> {
  await db().update(newsletterSubscriptions).set({ name: input.name, locale: input.locale }).where(eq(newsletterSubscriptions.id, subscription.id));
  return { ok: true };
}

export type RemoveSubscriberResult = { ok: true } | { ok: false; reason: 'not-found' };

export const removeSubscriberFailures = {
  'not-found': { status: 404, field: 'form', key: 'subscriberNotFound' }
} satisfies FailureMap<RemoveSubscriberResult>;

/** A facilitator removes someone: unsubscribed, with who did it and when in the audit; scoped to the organisation. */
export async function removeSubscriber(organisationId: AuthorizedOrgId, subscriptionId: string, personId: string): Promise<RemoveSubscriberResult> {
  const moved = await move(subscriptionId, null, 'unsubscribed', 'removed', personId, organisationId);
  return moved === 'not-found' ? { ok: false, reason: 'not-found' } : { ok: true };
}
