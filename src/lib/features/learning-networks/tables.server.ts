// The tables learning-networks owns (seed 000): participation per school year, its imports
// waiting for confirmation, and the yearly cohorts with their change history.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { networks } from '../networks/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';

/** Schools that took part in a network's project in a school year (imported or added one by one). */
export const projectParticipations = pgTable('project_participations', {
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  schoolYear: integer('school_year').notNull(),
  source: text('source', { enum: ['manual', 'import'] }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.networkId, t.schoolYear, t.schoolId] })]);

/** An import waiting for the facilitator's confirmation: nothing is written before that. */
export const participationImports = pgTable('participation_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolYear: integer('school_year').notNull(),
  fileName: text('file_name').notNull(),
  rows: jsonb('rows').notNull(),
  createdBy: uuid('created_by').notNull().references(() => people.id, { onDelete: 'cascade' }),
  appliedAt: timestamp('applied_at', { withTimezone: true }),
  createdAt: createdAt()
});

/** The learning network (cohort) of one school year, formed from the previous year's participants. */
export const learningNetworks = pgTable('learning_networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolYear: integer('school_year').notNull(),
  formedFromYear: integer('formed_from_year').notNull(),
  createdAt: createdAt()
}, (t) => [uniqueIndex('learning_networks_network_year_idx').on(t.networkId, t.schoolYear)]);

export const learningNetworkMembers = pgTable('learning_network_members', {
  learningNetworkId: uuid('learning_network_id').notNull().references(() => learningNetworks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.learningNetworkId, t.schoolId] }), index('lnm_school_idx').on(t.schoolId)]);

/** Every hand-made change to a cohort, with its reason: the history is kept, never rewritten. */
export const learningNetworkChanges = pgTable('learning_network_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  learningNetworkId: uuid('learning_network_id').notNull().references(() => learningNetworks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  change: text('change', { enum: ['added', 'removed'] }).notNull(),
  reason: text('reason').notNull(),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
});
