// The tables activity-community owns: the travel-together board and the reactions under an
// activity.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { activities } from '../activities/tables.server';
import { people } from '../people/tables.server';

/** Travel-together board: only people who opted in see each other's entries and contact details. */
export const activityTravelOffers = pgTable('activity_travel_offers', {
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  fromPlace: text('from_place').notNull(),
  mode: text('mode', { enum: ['trein', 'auto', 'bus', 'vliegtuig', 'andere'] }).notNull(),
  contact: text('contact').notNull(),
  note: text('note').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.activityId, t.personId] })]);

/** Reactions under an activity; the organisers can hide or delete them. */
export const activityReactions = pgTable('activity_reactions', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  hiddenAt: timestamp('hidden_at', { withTimezone: true }),
  hiddenBy: uuid('hidden_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('activity_reactions_idx').on(t.activityId, t.createdAt)]);
