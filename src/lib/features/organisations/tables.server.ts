// The tables organisations owns: organisations (the tenants) and the roles people hold in them.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { people } from '../people/tables.server';

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  website: text('website'),
  contactEmail: text('contact_email'),
  createdAt: createdAt()
});

export const organisationRoles = pgTable('organisation_roles', {
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['facilitator', 'coach'] }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.personId, t.organisationId, t.role] })]);
