// The tables the communication kit owns (ADR 059): one kit per network and school year, its files
// (kept in PostgreSQL like the other uploads, ADR 044) and its text blocks. Imports are relative
// because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, storedFileColumns } from '../../server/db/columns';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { kitFileCategories, kitFileKinds } from './rules';

/** A network's kit for one school year; made when its first item is added. */
export const communicationKits = pgTable('communication_kits', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  /** The school year's start year (2022 = 2022-2023). */
  schoolYear: integer('school_year').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [unique('communication_kits_network_year_uq').on(t.networkId, t.schoolYear), index('communication_kits_org_idx').on(t.organisationId)]);

/** A file of a kit: a logo, a flyer, a template; its bytes checked by what they are. */
export const communicationKitFiles = pgTable('communication_kit_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  kitId: uuid('kit_id').notNull().references(() => communicationKits.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  category: text('category', { enum: kitFileCategories }).notNull(),
  description: text('description').notNull().default(''),
  ...storedFileColumns(),
  // The kit also takes SVG (a logo), checked as XML without scripts (rules.ts): the same column, one kind more.
  kind: text('kind', { enum: kitFileKinds }).notNull(),
  uploadedBy: uuid('uploaded_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('communication_kit_files_kit_idx').on(t.kitId, t.category, t.createdAt)]);

/** A short text a school copies onto its website or into its newsletter. */
export const communicationKitTexts = pgTable('communication_kit_texts', {
  id: uuid('id').primaryKey().defaultRandom(),
  kitId: uuid('kit_id').notNull().references(() => communicationKits.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [index('communication_kit_texts_kit_idx').on(t.kitId, t.position)]);
