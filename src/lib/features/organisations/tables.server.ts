// The tables organisations owns: organisations (the tenants), the roles people hold in them and
// each organisation's branding (logo and accent colour, ADR 027 branding).
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { customType, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** One row per organisation that set a logo or colour; the logo's bytes live here, checked at upload. */
export const organisationBranding = pgTable('organisation_branding', {
  organisationId: uuid('organisation_id').primaryKey().references(() => organisations.id, { onDelete: 'cascade' }),
  accent: text('accent'),
  logo: bytea('logo'),
  logoType: text('logo_type', { enum: ['image/png', 'image/svg+xml'] }),
  /** SHA-256 of the logo's bytes: its ETag and the version in its URL. */
  logoHash: text('logo_hash'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
