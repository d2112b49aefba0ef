// Reads of newsletter subscriptions (ADR 057): the lookups the token pages decide with, the
// organisation's counts and list for its workspace, and the paged reader of its confirmed
// subscribers with their unsubscribe headers, which the sending engine consumes.
import { and, asc, desc, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import { hashSecret } from '$lib/server/auth/tokens';
import { db } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { organisations } from '../organisations/tables.server';
import {
  confirmationState, maximumSubscriberBatch, preferencesPath, subscribersPageSize, subscriptionStatuses, unsubscribeHeaders, unsubscribePath,
  type ConfirmationState, type SubscriptionStatus, type UnsubscribeHeaders
} from './rules';
import { newsletterSubscriptions } from './tables.server';

const subscription = {
  id: newsletterSubscriptions.id, organisationId: newsletterSubscriptions.organisationId, organisationName: organisations.name,
  organisationSlug: organisations.slug, email: newsletterSubscriptions.email, name: newsletterSubscriptions.name,
  locale: newsletterSubscriptions.locale, status: newsletterSubscriptions.status
};

/** The lookup requireTokenSubscription decides with. */
export async function findSubscriptionByToken(token: string) {
  const [row] = await db().select(subscription).from(newsletterSubscriptions)
    .innerJoin(organisations, eq(organisations.id, newsletterSubscriptions.organisationId))
    .where(eq(newsletterSubscriptions.unsubscribeToken, token));
  return row ?? null;
}

export interface ConfirmationLink {
  state: ConfirmationState;
  organisationName: string | null;
  organisationSlug: string | null;
  /** The preference page, once the subscription is confirmed (the link's holder is its owner). */
  preferencesUrl: string | null;
}

/** What a mailed confirmation link does now (the GET page only shows a button). */
export async function findConfirmationLink(secret: string, now = new Date()): Promise<ConfirmationLink> {
  const [row] = secret.length > 100 ? [] : await db()
    .select({ status: newsletterSubscriptions.status, confirmExpiresAt: newsletterSubscriptions.confirmExpiresAt, token: newsletterSubscriptions.unsubscribeToken,
      organisationName: organisations.name, organisationSlug: organisations.slug })
    .from(newsletterSubscriptions).innerJoin(organisations, eq(organisations.id, newsletterSubscriptions.organisationId))
    .where(eq(newsletterSubscriptions.confirmTokenHash, hashSecret(secret)));
  const state = confirmationState(row ?? null, now);
  return {
    state, organisationName: row?.organisationName ?? null, organisationSlug: row?.organisationSlug ?? null,
    preferencesUrl: state === 'confirmed' && row ? preferencesPath(row.token) : null
  };
}

/** How many subscriptions the organisation has in each status. */
export async function countSubscribers(organisationId: AuthorizedOrgId): Promise<Record<SubscriptionStatus, number>> {
  const counts = await Promise.all(subscriptionStatuses.map((status) =>
    db().$count(newsletterSubscriptions, and(eq(newsletterSubscriptions.organisationId, organisationId), eq(newsletterSubscriptions.status, status)))));
  return Object.fromEntries(subscriptionStatuses.map((status, i) => [status, counts[i] ?? 0])) as Record<SubscriptionStatus, number>;
}

/** One page of the workspace's list, newest change first; `query` matches the address or the name. */
export async function searchSubscribers(organisationId: AuthorizedOrgId, filter: { q: string; status?: SubscriptionStatus; pagina: number }) {
  const needle = filter.q.toLowerCase();
  const conditions: (SQL | undefined)[] = [eq(newsletterSubscriptions.organisationId, organisationId)];
  if (filter.status) conditions.push(eq(newsletterSubscriptions.status, filter.status));
  // strpos, not LIKE: what is typed is looked for as it is, with no wildcard to escape.
  if (needle !== '') conditions.push(or(sql`strpos(${newsletterSubscriptions.email}, ${needle}) > 0`, sql`strpos(lower(${newsletterSubscriptions.name}), ${needle}) > 0`));
  const where = and(...conditions);
  const total = await db().$count(newsletterSubscriptions, where);
  const pages = Math.max(1, Math.ceil(total / subscribersPageSize));
  const page = Math.min(filter.pagina, pages);
  const rows = await db()
    .select({ id: newsletterSubscriptions.id, email: newsletterSubscriptions.email, name: newsletterSubscriptions.name, locale: newsletterSubscriptions.locale,
      status: newsletterSubscriptions.status, since: newsletterSubscriptions.statusChangedAt })
    .from(newsletterSubscriptions).where(where)
    .orderBy(desc(newsletterSubscriptions.statusChangedAt), asc(newsletterSubscriptions.email))
    .limit(subscribersPageSize).offset((page - 1) * subscribersPageSize);
  return { rows, total, page, pages };
}

export interface UnsubscribeLinks {
  /** `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058), for the mail's headers. */
  unsubscribeHeaders: UnsubscribeHeaders;
  /** The one-click page, for the mail's footer. */
  unsubscribeUrl: string;
  /** The preference page of this subscription. */
  preferencesUrl: string;
}

function linksOf(token: string): UnsubscribeLinks {
  const origin = readEnv().ORIGIN;
  return { unsubscribeHeaders: unsubscribeHeaders(origin, token), unsubscribeUrl: `${origin}${unsubscribePath(token)}`, preferencesUrl: `${origin}${preferencesPath(token)}` };
}

/** The unsubscribe headers and footer links of one confirmed subscription of the organisation, or null. */
export async function findUnsubscribeLinks(organisationId: AuthorizedOrgId, subscriptionId: string): Promise<UnsubscribeLinks | null> {
  const [row] = await db().select({ token: newsletterSubscriptions.unsubscribeToken }).from(newsletterSubscriptions)
    .where(and(eq(newsletterSubscriptions.id, subscriptionId), eq(newsletterSubscriptions.organisationId, organisationId), eq(newsletterSubscriptions.status, 'confirmed')));
  return row ? linksOf(row.token) : null;
}

export interface ConfirmedSubscriber extends UnsubscribeLinks {
  id: string;
  address: string;
  name: string;
  locale: 'nl' | 'en';
}

/**
 * The organisation's confirmed subscribers, keyset-paged by id (pass the last id of a page as
 * `afterId` for the next): the sending engine's recipients. Pending, paused and unsubscribed
 * addresses are never among them, so nothing but the confirmation reaches a pending address.
 */
export async function listConfirmedSubscribers(organisationId: AuthorizedOrgId, page: { afterId?: string | null; limit: number }): Promise<ConfirmedSubscriber[]> {
  const limit = Math.max(1, Math.min(page.limit, maximumSubscriberBatch));
  const rows = await db()
    .select({ id: newsletterSubscriptions.id, address: newsletterSubscriptions.email, name: newsletterSubscriptions.name, locale: newsletterSubscriptions.locale, token: newsletterSubscriptions.unsubscribeToken })
    .from(newsletterSubscriptions)
    .where(and(eq(newsletterSubscriptions.organisationId, organisationId), eq(newsletterSubscriptions.status, 'confirmed'),
      page.afterId ? gt(newsletterSubscriptions.id, page.afterId) : undefined))
    .orderBy(asc(newsletterSubscriptions.id))
    .limit(limit);
  return rows.map(({ token, ...row }) => ({ ...row, ...linksOf(token) }));
}
