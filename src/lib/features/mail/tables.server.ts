// The tables mail owns: the record of every mail (the outbox when SMTP is off).
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';

/** Every mail the platform sends; without SMTP_URL this table is the outbox an admin reads. */
export const mails = pgTable('mails', {
  id: uuid('id').primaryKey().defaultRandom(),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  transport: text('transport', { enum: ['outbox', 'smtp'] }).notNull(),
  /** File names of the attachments (e.g. an .ics), so the outbox shows what was sent. */
  attachmentNames: jsonb('attachment_names').$type<string[]>().notNull().default([]),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [index('mails_created_idx').on(t.createdAt)]);
