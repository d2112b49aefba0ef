// The tables trajectory-plans owns (ADR 049): an action's partner on the school's network map, the
// workgroup's dated reflections on an action, the closing evaluations of school and coach, and an
// action's evidence as a file (ADR 054).
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, storedFileColumns } from '../../server/db/columns';
import { mapLinks } from '../network-map/tables.server';
import { people } from '../people/tables.server';
import { trajectories, trajectoryActions } from '../trajectories/tables.server';

/** The partner an action involves: one link of the school's own network map (ADR 036). */
export const trajectoryActionPartners = pgTable('trajectory_action_partners', {
  actionId: uuid('action_id').primaryKey().references(() => trajectoryActions.id, { onDelete: 'cascade' }),
  mapLinkId: uuid('map_link_id').notNull().references(() => mapLinks.id, { onDelete: 'cascade' })
}, (t) => [index('trajectory_action_partners_link_idx').on(t.mapLinkId)]);

/** What a workgroup member (or the coach) noticed about an action, on a day. */
export const trajectoryReflections = pgTable('trajectory_reflections', {
  id: uuid('id').primaryKey().defaultRandom(),
  actionId: uuid('action_id').notNull().references(() => trajectoryActions.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
  writtenOn: date('written_on', { mode: 'string' }).notNull(),
  text: text('text').notNull(),
  /** Set when its author changed it afterwards; the plan shows "bewerkt". */
  editedAt: timestamp('edited_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [index('trajectory_reflections_action_idx').on(t.actionId, t.writtenOn)]);

const evaluationSides = ['school', 'coach'] as const;

/** The closing evaluation, one by the school (its ambassador) and one by the coach; both close the trajectory. */
export const trajectoryEvaluations = pgTable('trajectory_evaluations', {
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  side: text('side', { enum: evaluationSides }).notNull(),
  authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
  outcome: text('outcome').notNull(),
  continuation: text('continuation').notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.trajectoryId, t.side] })]);

/**
 * The file that shows how far an action has spread (ADR 054): one per action, beside or instead of
 * the evidence note. The bytes in PostgreSQL like a practice example's attachments (ADR 044),
 * recognised by their content at upload; deleted with the action.
 */
export const trajectoryEvidenceFiles = pgTable('trajectory_evidence_files', {
  actionId: uuid('action_id').primaryKey().references(() => trajectoryActions.id, { onDelete: 'cascade' }),
  ...storedFileColumns(),
  uploadedBy: uuid('uploaded_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
});
