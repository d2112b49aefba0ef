// The tables networks owns: networks of an organisation and their member schools per school year.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { organisations } from '../organisations/tables.server';
import { schools } from '../schools/tables.server';

export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  isPublic: boolean('is_public').notNull().default(true),
  contactName: text('contact_name'),
  contactEmail: text('contact_email'),
  province: text('province'),
  /** The umbrella network this one is a sub-network of (same organisation, ADR 052). */
  parentId: uuid('parent_id').references((): AnyPgColumn => networks.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [uniqueIndex('networks_org_slug_idx').on(t.organisationId, t.slug), index('networks_parent_idx').on(t.parentId)]);

/** A school's membership of a network in one school year (stored as its start year). */
export const networkMemberships = pgTable('network_memberships', {
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  schoolYear: integer('school_year').notNull(),
  createdAt: createdAt()
}, (t) => [
  primaryKey({ columns: [t.networkId, t.schoolYear, t.schoolId] }),
  index('network_memberships_school_idx').on(t.schoolId)
]);
