// The tables trajectory-sessions owns (ADR 050): a trajectory's sessions planned by a date poll
// among its workgroup, the observation form of a logbook entry, and the learning network that
// gathers an offer's schools across schools.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { networks } from '../networks/tables.server';
import { people } from '../people/tables.server';
import { trajectories, trajectoryLogbook, trajectoryOffers } from '../trajectories/tables.server';

const sessionKinds = ['samen-uitproberen', 'observatie', 'intervisie', 'coaching', 'werkgroepoverleg'] as const;

/** A session the coach plans with the workgroup: its kind, where, how long, and the date picked from the poll. */
export const trajectorySessions = pgTable('trajectory_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: sessionKinds }).notNull(),
  location: text('location').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  chosenOptionId: uuid('chosen_option_id'),
  chosenAt: timestamp('chosen_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('trajectory_sessions_trajectory_idx').on(t.trajectoryId)]);

/** Candidate dates of a session's poll. */
export const trajectorySessionOptions = pgTable('trajectory_session_options', {
  id: uuid('id').primaryKey().defaultRandom(),
  sessionId: uuid('session_id').notNull().references(() => trajectorySessions.id, { onDelete: 'cascade' }),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull()
}, (t) => [uniqueIndex('trajectory_session_options_idx').on(t.sessionId, t.startsAt)]);

/** A workgroup member's answer for one candidate date (ja / misschien / nee). */
export const trajectorySessionVotes = pgTable('trajectory_session_votes', {
  optionId: uuid('option_id').notNull().references(() => trajectorySessionOptions.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  answer: text('answer', { enum: ['yes', 'maybe', 'no'] }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.optionId, t.personId] }), index('trajectory_session_votes_person_idx').on(t.personId)]);

/** The observation form of a logbook entry of kind observatie, filled by the coach and the observed teacher together. */
export const trajectoryObservations = pgTable('trajectory_observations', {
  entryId: uuid('entry_id').primaryKey().references(() => trajectoryLogbook.id, { onDelete: 'cascade' }),
  teacherId: uuid('teacher_id').references(() => people.id, { onDelete: 'set null' }),
  lesson: text('lesson').notNull(),
  focus: text('focus').notNull(),
  observed: text('observed').notNull(),
  worked: text('worked').notNull(),
  reflection: text('reflection').notNull().default(''),
  agreements: text('agreements').notNull().default(''),
  updatedBy: uuid('updated_by').references(() => people.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [index('trajectory_observations_teacher_idx').on(t.teacherId)]);

/** The network (of the learning-networks domain) whose yearly learning networks gather an offer's schools. */
export const trajectoryOfferNetworks = pgTable('trajectory_offer_networks', {
  offerId: uuid('offer_id').primaryKey().references(() => trajectoryOffers.id, { onDelete: 'cascade' }),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  createdAt: createdAt()
}, (t) => [uniqueIndex('trajectory_offer_networks_network_idx').on(t.networkId)]);
