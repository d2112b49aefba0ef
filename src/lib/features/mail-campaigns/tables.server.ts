// The tables of the sending engine (ADR 058): a campaign (one mail to many), one row per
// (campaign, recipient) whose state moves queued → sending → sent | failed | bounced | skipped inside
// the database, and the global list of addresses an SMTP server refused for good.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { organisations } from '../organisations/tables.server';
import { campaignStates, recipientStates } from './rules';

/** One mail to many: what is sent, to which source of recipients, and where sending stands. */
export const mailCampaigns = pgTable('mail_campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  /** The recipient source that resolves the recipients (`recipientSource(kind)`), e.g. 'newsletter', 'activity', 'list'. */
  kind: text('kind').notNull(),
  /** The source's own id (a newsletter, an activity); the source reads its recipients from it. */
  sourceId: text('source_id').notNull(),
  /** Recipients given by the caller (the 'list' source only). */
  recipientList: jsonb('recipient_list').$type<{ address: string; name?: string; locale?: 'nl' | 'en'; headers?: Record<string, string>; footerLink?: string }[]>(),
  subject: text('subject').notNull(),
  html: text('html'),
  text: text('text').notNull(),
  /** The display name of the From header; the address is the platform's (MAIL_FROM), for SPF and DKIM. */
  fromName: text('from_name'),
  replyTo: text('reply_to'),
  state: text('state', { enum: campaignStates }).notNull().default('preparing'),
  /** The source's key after the last page inserted: a killed prepare resumes after it. */
  prepareCursor: text('prepare_cursor'),
  /** Set when the source has no more pages: the campaign may then be done. */
  preparedAt: timestamp('prepared_at', { withTimezone: true }),
  /** Last time a batch claimed recipients or prepare inserted a page; recovery restarts a campaign that stalled. */
  activeAt: timestamp('active_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true })
}, (t) => [index('mail_campaigns_org_idx').on(t.organisationId, t.createdAt), index('mail_campaigns_state_idx').on(t.state)]);

/** One person of one campaign; UNIQUE (campaign, address): a person in two segments gets one mail. */
export const mailCampaignRecipients = pgTable('mail_campaign_recipients', {
  id: uuid('id').primaryKey().defaultRandom(),
  campaignId: uuid('campaign_id').notNull().references(() => mailCampaigns.id, { onDelete: 'cascade' }),
  /** Lower-case (normaliseAddress). */
  address: text('address').notNull(),
  name: text('name').notNull().default(''),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'),
  /** Extra headers for this recipient only, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
  /** Fills `{{footerLink}}` in the campaign's text and HTML (e.g. this person's unsubscribe link). */
  footerLink: text('footer_link'),
  state: text('state', { enum: recipientStates }).notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  /**
   * Sent again after a crash or a lost connection while the SMTP server may already have accepted
   * it: the person may have the mail twice. Shown and counted in campaignProgress.
   */
  possibleDuplicate: boolean('possible_duplicate').notNull().default(false),
  /** The worker process that marked it sending (its lease), and a token only that claim may write with. */
  claimedBy: uuid('claimed_by'),
  claimToken: uuid('claim_token'),
  claimedAt: timestamp('claimed_at', { withTimezone: true }),
  sentAt: timestamp('sent_at', { withTimezone: true })
}, (t) => [
  unique('mail_campaign_recipients_address_key').on(t.campaignId, t.address),
  index('mail_campaign_recipients_state_idx').on(t.campaignId, t.state),
  index('mail_campaign_recipients_address_idx').on(t.address, t.state)
]);

/** Addresses an SMTP server refused for good (5xx): no later send goes to them, in any campaign. */
export const mailSuppressions = pgTable('mail_suppressions', {
  address: text('address').primaryKey(),
  reason: text('reason').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
});
