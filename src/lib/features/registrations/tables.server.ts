// The tables registrations owns: a person's registration for an activity and the extras it holds
// seats of.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { activities, activityExtras } from '../activities/tables.server';
import { people } from '../people/tables.server';

export const registrations = pgTable('registrations', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  registeredBy: uuid('registered_by').references(() => people.id, { onDelete: 'set null' }),
  status: text('status', { enum: ['interest', 'registered', 'waiting', 'cancelled', 'attended', 'absent'] }).notNull(),
  answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
  invoice: jsonb('invoice').$type<Record<string, string>>().notNull().default({}),
  /** Order of the waiting list: when the person joined it. */
  waitingSince: timestamp('waiting_since', { withTimezone: true }),
  paidAt: timestamp('paid_at', { withTimezone: true }),
  /**
   * A registration made without an account (ADR 029) holds its seat or place at once but is firm
   * only once the address owner follows the mailed link: until then the hashed link and the moment
   * it is released (null: confirmed, or an ordinary registration).
   */
  confirmTokenHash: text('confirm_token_hash').unique(),
  releaseAt: timestamp('release_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [
  uniqueIndex('registrations_activity_person_idx').on(t.activityId, t.personId),
  index('registrations_waiting_idx').on(t.activityId, t.status, t.waitingSince),
  index('registrations_release_idx').on(t.releaseAt)
]);

/** The extras a registration chose; `claimed` once a seat of the extra is held for it. */
export const registrationExtras = pgTable('registration_extras', {
  registrationId: uuid('registration_id').notNull().references(() => registrations.id, { onDelete: 'cascade' }),
  extraId: uuid('extra_id').notNull().references(() => activityExtras.id, { onDelete: 'cascade' }),
  claimed: boolean('claimed').notNull().default(false)
}, (t) => [primaryKey({ columns: [t.registrationId, t.extraId] })]);
