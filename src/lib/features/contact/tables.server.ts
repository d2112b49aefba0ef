// The tables contact owns: messages visitors send an organisation (or one of its networks) through
// its public contact form and the answers sent from the workspace. The key that signs the form's
// ticket is the people feature's (`form_ticket_keys`, shared with the newsletter subscription).
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { contactStatuses } from './rules';

/** One message from the public form: who wrote (no account needed), about which network, and where it stands. */
export const contactMessages = pgTable('contact_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  email: text('email').notNull(),
  school: text('school').notNull().default(''),
  message: text('message').notNull(),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'),
  status: text('status', { enum: contactStatuses }).notNull().default('new'),
  createdAt: createdAt()
}, (t) => [index('contact_messages_org_idx').on(t.organisationId, t.status, t.createdAt)]);

/** An answer mailed to the sender from the platform; kept so the inbox shows the conversation. */
export const contactReplies = pgTable('contact_replies', {
  id: uuid('id').primaryKey().defaultRandom(),
  messageId: uuid('message_id').notNull().references(() => contactMessages.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
  body: text('body').notNull(),
  createdAt: createdAt()
}, (t) => [index('contact_replies_message_idx').on(t.messageId, t.createdAt)]);
