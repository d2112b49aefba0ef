// The tables international-contacts owns (ADR 055): an organisation's contacts abroad and the
// introductions member schools ask for. Imports are relative because drizzle-kit loads this file
// (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { introductionStatuses, type Initiative } from './rules';

/** An organisation abroad the organisation knows, e.g. a charity for young carers in the United Kingdom. */
export const internationalContacts = pgTable('international_contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  /** ISO 3166-1 alpha-2, shown in the reader's language. */
  country: text('country').notNull(),
  focus: text('focus').notNull(),
  /** ISO 639-1 codes of the languages the contact can be spoken to in. */
  languages: jsonb('languages').$type<string[]>().notNull().default([]),
  contactName: text('contact_name').notNull(),
  contactEmail: text('contact_email').notNull(),
  website: text('website').notNull().default(''),
  initiatives: jsonb('initiatives').$type<Initiative[]>().notNull().default([]),
  /** Member schools see it and may ask for an introduction. */
  visibleToMembers: boolean('visible_to_members').notNull().default(true),
  /** Its initiatives are listed on the organisation's public page. */
  initiativesPublic: boolean('initiatives_public').notNull().default(false),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [index('international_contacts_org_idx').on(t.organisationId, t.name)]);

/** A member school's request to be introduced to a contact, and the facilitator's decision. */
export const internationalIntroductions = pgTable('international_introductions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  contactId: uuid('contact_id').notNull().references(() => internationalContacts.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  requestedBy: uuid('requested_by').references(() => people.id, { onDelete: 'set null' }),
  message: text('message').notNull(),
  status: text('status', { enum: introductionStatuses }).notNull().default('requested'),
  declineReason: text('decline_reason').notNull().default(''),
  decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [
  index('international_introductions_org_idx').on(t.organisationId, t.status, t.createdAt),
  index('international_introductions_school_idx').on(t.schoolId, t.createdAt),
  // One open request per school and contact: asking twice while the first waits changes nothing.
  uniqueIndex('international_introductions_open_uq').on(t.contactId, t.schoolId).where(sql`status = 'requested'`)
]);
