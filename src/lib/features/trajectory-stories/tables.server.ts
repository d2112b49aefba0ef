// The tables trajectory-stories owns (ADR 048): a school's story of its trajectory with an optional
// photo, and short testimonials of its workgroup members. Both are public only while the author's
// consent and the facilitator's approval both stand; withdrawing clears them.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { people } from '../people/tables.server';
import { trajectories } from '../trajectories/tables.server';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Consent and moderation, alike on stories and testimonials: public iff `consented_at` and
 * `approved_at` are both set. Any change of the text clears both; a withdrawal too.
 */
const moderation = () => ({
  authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
  consentedAt: timestamp('consented_at', { withTimezone: true }),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  declinedAt: timestamp('declined_at', { withTimezone: true }),
  /** The facilitator's reason for the last decline or edit, shown to the author. */
  moderationReason: text('moderation_reason'),
  moderatedBy: uuid('moderated_by').references(() => people.id, { onDelete: 'set null' }),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt()
});

/** A school's story of its trajectory: one per trajectory, in Markdown (ADR 042). */
export const trajectoryStories = pgTable('trajectory_stories', {
  id: uuid('id').primaryKey().defaultRandom(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  body: text('body').notNull(),
  /** Themes of the offer the story is about. */
  themes: jsonb('themes').$type<string[]>().notNull(),
  /** Published practice examples of the library it links to, by id. */
  practiceExampleIds: jsonb('practice_example_ids').$type<string[]>().notNull(),
  ...moderation()
}, (t) => [uniqueIndex('trajectory_stories_trajectory_idx').on(t.trajectoryId)]);

/**
 * The story's photo (ADR 044's way): recognised by its bytes, without metadata, with the statement
 * of consent of whoever is on it.
 */
export const trajectoryStoryPhotos = pgTable('trajectory_story_photos', {
  storyId: uuid('story_id').primaryKey().references(() => trajectoryStories.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['png', 'jpeg'] }).notNull(),
  size: integer('size').notNull(),
  hash: text('hash').notNull(),
  bytes: bytea('bytes').notNull(),
  alt: text('alt').notNull(),
  /** Who is on the photo and that they agreed to its publication, in the uploader's words. */
  consentStatement: text('consent_statement').notNull(),
  createdAt: createdAt()
});

/** A workgroup member's short quote, shown with the name and role they chose (e.g. "kernteamlid"). */
export const trajectoryTestimonials = pgTable('trajectory_testimonials', {
  id: uuid('id').primaryKey().defaultRandom(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  quote: text('quote').notNull(),
  shownName: text('shown_name').notNull(),
  shownRole: text('shown_role').notNull(),
  ...moderation()
}, (t) => [index('trajectory_testimonials_trajectory_idx').on(t.trajectoryId), index('trajectory_testimonials_author_idx').on(t.authorId)]);
