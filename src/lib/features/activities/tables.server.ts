// The tables activities owns (seed 001): the offer with its extras, programme and registration
// questions.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { schools } from '../schools/tables.server';

export const activities = pgTable('activities', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull(),
  kind: text('kind', { enum: ['studiereis', 'vorming', 'uitwisselingsdag', 'studiedag', 'infosessie'] }).notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  description: text('description').notNull().default(''),
  audience: text('audience').notNull().default(''),
  goals: text('goals').notNull().default(''),
  learnings: jsonb('learnings').$type<string[]>().notNull().default([]),
  location: text('location'),
  onlineUrl: text('online_url'),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  priceCents: integer('price_cents').notNull().default(0),
  priceCovers: text('price_covers').notNull().default(''),
  capacity: integer('capacity').notNull(),
  /** Seats claimed by registrations; only ever changed by a conditional UPDATE (see the check). */
  seatsTaken: integer('seats_taken').notNull().default(0),
  registrationDeadline: timestamp('registration_deadline', { withTimezone: true }).notNull(),
  /** How long a registration without an account holds its seat before the mailed link is followed (ADR 029). */
  guestConfirmHours: integer('guest_confirm_hours').notNull().default(48),
  /** The registration form asks who comes together with a municipality (ADR 030), as seed 001's trip wants. */
  municipalPairs: boolean('municipal_pairs').notNull().default(false),
  visibility: text('visibility', { enum: ['public', 'network', 'school'] }).notNull().default('public'),
  networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
  schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [
  uniqueIndex('activities_org_slug_idx').on(t.organisationId, t.slug),
  check('activities_seats_within_capacity', sql`${t.seatsTaken} >= 0 and ${t.seatsTaken} <= ${t.capacity}`)
]);

export const activityExtras = pgTable('activity_extras', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  date: text('date'),
  priceCents: integer('price_cents').notNull().default(0),
  capacity: integer('capacity'),
  seatsTaken: integer('seats_taken').notNull().default(0),
  createdAt: createdAt()
}, (t) => [check('activity_extras_seats_within_capacity', sql`${t.seatsTaken} >= 0 and (${t.capacity} is null or ${t.seatsTaken} <= ${t.capacity})`)]);

/** The programme of an activity: visits, exchange moments, talks, sessions, in order. */
export const activityProgrammeItems = pgTable('activity_programme_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: text('kind', { enum: ['bezoek', 'uitwisseling', 'lezing', 'sessie', 'andere'] }).notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  startsAt: timestamp('starts_at', { withTimezone: true }),
  place: text('place'),
  presenter: text('presenter')
}, (t) => [uniqueIndex('activity_programme_position_idx').on(t.activityId, t.position)]);

/** Registration questions; a question may only apply when an earlier one got a given answer. */
export const activityQuestions = pgTable('activity_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: text('kind', { enum: ['short', 'long', 'choice'] }).notNull(),
  label: text('label').notNull(),
  options: jsonb('options').$type<string[]>().notNull().default([]),
  required: boolean('required').notNull().default(false),
  dependsOnQuestionId: uuid('depends_on_question_id'),
  dependsOnAnswer: text('depends_on_answer')
}, (t) => [uniqueIndex('activity_questions_position_idx').on(t.activityId, t.position)]);
