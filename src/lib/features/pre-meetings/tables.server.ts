// The tables pre-meetings owns: the preparatory online meeting of an activity: its poll and the
// questions beforehand.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { activities } from '../activities/tables.server';
import { people } from '../people/tables.server';

/** The preparatory online meeting of an activity: its link and the date picked from the poll. */
export const activityPreMeetings = pgTable('activity_pre_meetings', {
  activityId: uuid('activity_id').primaryKey().references(() => activities.id, { onDelete: 'cascade' }),
  onlineUrl: text('online_url'),
  durationMinutes: integer('duration_minutes').notNull().default(60),
  chosenOptionId: uuid('chosen_option_id'),
  chosenAt: timestamp('chosen_at', { withTimezone: true })
});

/** Candidate dates of the pre-meeting poll. */
export const activityPreMeetingOptions = pgTable('activity_pre_meeting_options', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull()
}, (t) => [uniqueIndex('activity_pre_meeting_options_idx').on(t.activityId, t.startsAt)]);

export const activityPreMeetingVotes = pgTable('activity_pre_meeting_votes', {
  optionId: uuid('option_id').notNull().references(() => activityPreMeetingOptions.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  answer: text('answer', { enum: ['yes', 'maybe', 'no'] }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.optionId, t.personId] })]);

/** Questions participants send in before the pre-meeting; the facilitator groups them by theme. */
export const activityPreMeetingQuestions = pgTable('activity_pre_meeting_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  theme: text('theme'),
  createdAt: createdAt()
}, (t) => [index('activity_pre_meeting_questions_idx').on(t.activityId)]);
