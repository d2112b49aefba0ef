// The table account-merges owns: the audit record of every merge of two accounts (ADR 032).
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';

/**
 * Who merged which account into which, and what moved. The ids are deliberately not foreign keys:
 * the record is history and must outlive any later merge or removal of the accounts it names, so
 * the addresses are kept as they were at the time.
 */
export const accountMerges = pgTable('account_merges', {
  id: uuid('id').primaryKey().defaultRandom(),
  keptPersonId: uuid('kept_person_id').notNull(),
  keptEmail: text('kept_email').notNull(),
  mergedPersonId: uuid('merged_person_id').notNull(),
  mergedEmail: text('merged_email').notNull(),
  mergedBy: uuid('merged_by').notNull(),
  /** Rows moved, and rows dropped as duplicates, per table column ('registrations.person_id': 2). */
  moved: jsonb('moved').$type<Record<string, number>>().notNull(),
  dropped: jsonb('dropped').$type<Record<string, number>>().notNull(),
  createdAt: createdAt()
}, (t) => [index('account_merges_kept_idx').on(t.keptPersonId), index('account_merges_merged_idx').on(t.mergedPersonId)]);
