// The tables meetings owns: the three meetings of a cohort: submissions, attendance and the
// personal calendar feeds.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { learningNetworks } from '../learning-networks/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';

export const meetings = pgTable('meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  learningNetworkId: uuid('learning_network_id').notNull().references(() => learningNetworks.id, { onDelete: 'cascade' }),
  sequence: integer('sequence').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  durationMinutes: integer('duration_minutes').notNull().default(90),
  onlineUrl: text('online_url'),
  learningQuestion: text('learning_question').notNull(),
  agenda: jsonb('agenda').$type<{ minutes: number; title: string }[]>().notNull().default([]),
  moderatorName: text('moderator_name'),
  harvest: text('harvest').notNull().default(''),
  harvestPublishedAt: timestamp('harvest_published_at', { withTimezone: true }),
  harvestPublic: boolean('harvest_public').notNull().default(false),
  attendanceRecordedAt: timestamp('attendance_recorded_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [uniqueIndex('meetings_ln_sequence_idx').on(t.learningNetworkId, t.sequence)]);

/** Questions and experiences members send in before a meeting. */
export const meetingSubmissions = pgTable('meeting_submissions', {
  id: uuid('id').primaryKey().defaultRandom(),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: ['question', 'experience'] }).notNull(),
  body: text('body').notNull(),
  theme: text('theme'),
  createdAt: createdAt()
}, (t) => [index('meeting_submissions_meeting_idx').on(t.meetingId)]);

export const meetingAttendance = pgTable('meeting_attendance', {
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  present: boolean('present').notNull(),
  /** Names of attendees without an account on the platform. */
  otherAttendees: text('other_attendees').notNull().default('')
}, (t) => [primaryKey({ columns: [t.meetingId, t.schoolId] })]);

/** People with an account who attended, per meeting. */
export const meetingAttendees = pgTable('meeting_attendees', {
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' })
}, (t) => [primaryKey({ columns: [t.meetingId, t.personId] })]);

/** A personal calendar feed: the secret URL is the credential, revocable by making a new one. */
export const calendarFeeds = pgTable('calendar_feeds', {
  personId: uuid('person_id').primaryKey().references(() => people.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt()
});
