// The tables newsletter-subscriptions owns (ADR 057): the public subscribers of an organisation's
// newsletter with double opt-in, and the audit of what happened to each subscription.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { subscriptionEvents, subscriptionStatuses } from './rules';

/**
 * One address subscribed to one organisation's newsletter. The confirmation link's secret is
 * stored as its SHA-256 only; the unsubscribe token is a random id kept as it is, because every
 * newsletter carries it in its headers and footer (the sending engine reads it), and it stays the
 * same for the life of the subscription.
 */
export const newsletterSubscriptions = pgTable('newsletter_subscriptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  name: text('name').notNull().default(''),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'),
  status: text('status', { enum: subscriptionStatuses }).notNull().default('pending'),
  confirmTokenHash: text('confirm_token_hash').unique(),
  confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** When the status last changed: the workspace's "since". */
  statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt()
}, (t) => [
  uniqueIndex('newsletter_subscriptions_org_email_idx').on(t.organisationId, t.email),
  index('newsletter_subscriptions_org_status_idx').on(t.organisationId, t.status, t.id)
]);

/** What happened to a subscription and when; `personId` is the facilitator who removed it. */
export const newsletterSubscriptionEvents = pgTable('newsletter_subscription_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  subscriptionId: uuid('subscription_id').notNull().references(() => newsletterSubscriptions.id, { onDelete: 'cascade' }),
  event: text('event', { enum: subscriptionEvents }).notNull(),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('newsletter_subscription_events_subscription_idx').on(t.subscriptionId, t.createdAt)]);
