// The tables training-requests owns: a school's request for a training tailored to it.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { activities } from '../activities/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';

/** A school asks an organisation for a training tailored to it; accepting plans a school-only activity. */
export const trainingRequests = pgTable('training_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  requestedBy: uuid('requested_by').references(() => people.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: ['thematisch', 'praktisch'] }).notNull(),
  theme: text('theme').notNull(),
  audience: text('audience').notNull(),
  preferredPeriod: text('preferred_period').notNull(),
  message: text('message').notNull().default(''),
  status: text('status', { enum: ['open', 'accepted', 'declined'] }).notNull().default('open'),
  activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
  decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [
  index('training_requests_org_idx').on(t.organisationId, t.status),
  // One open request per school, organisation and theme: a double submit cannot file it twice.
  uniqueIndex('training_requests_open_theme_idx').on(t.schoolId, t.organisationId, sql`lower(${t.theme})`).where(sql`${t.status} = 'open'`)
]);
