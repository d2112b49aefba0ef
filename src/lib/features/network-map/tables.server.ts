// The tables network-map owns: the shared partner directory, each school's map (its links to
// partners, its keepers, whom it is shared with) and the yearly snapshots (ADR 036).
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import type { SnapshotLink } from './rules';

const closenessEnum = ['kennen', 'informeren', 'afstemmen', 'samenwerken', 'overeenkomst'] as const;
const contactRoleEnum = [
  'directeur', 'intern-begeleider', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur',
  'zorgleerkracht', 'bestuurder', 'brugfiguur'
] as const;

/**
 * Organisations schools work with, shared by every school: one row per name within a
 * municipality (a regional partner has none), so two schools linking "CAW Boom" link the same one.
 */
export const mapPartners = pgTable('map_partners', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** '' for a partner without a municipality (a regional or national one). */
  municipality: text('municipality').notNull().default(''),
  /** One or more categories of rules.ts, the first the one it is drawn under. */
  categories: text('categories').array().notNull(),
  website: text('website'),
  contact: text('contact'),
  createdAt: createdAt()
}, (t) => [
  uniqueIndex('map_partners_name_municipality_idx').on(sql`lower(${t.name})`, sql`lower(${t.municipality})`),
  index('map_partners_municipality_idx').on(sql`lower(${t.municipality})`)
]);

/** A school's map exists once started; it holds the school's sharing choices. */
export const networkMaps = pgTable('network_maps', {
  schoolId: uuid('school_id').primaryKey().references(() => schools.id, { onDelete: 'cascade' }),
  /** Whether its partners count, without the school's name, in other schools' suggestions. */
  countsInPeers: boolean('counts_in_peers').notNull().default(false),
  createdAt: createdAt()
});

/** One partner on one school's map: what the school does with it and for whom. */
export const mapLinks = pgTable('map_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  schoolId: uuid('school_id').notNull().references(() => networkMaps.schoolId, { onDelete: 'cascade' }),
  partnerId: uuid('partner_id').notNull().references(() => mapPartners.id, { onDelete: 'restrict' }),
  nature: text('nature').notNull().default(''),
  forPupils: boolean('for_pupils').notNull().default(false),
  forParents: boolean('for_parents').notNull().default(false),
  forTeam: boolean('for_team').notNull().default(false),
  contactRole: text('contact_role', { enum: contactRoleEnum }),
  contactPersonId: uuid('contact_person_id').references(() => people.id, { onDelete: 'set null' }),
  closeness: text('closeness', { enum: closenessEnum }).notNull(),
  sinceYear: integer('since_year'),
  notes: text('notes').notNull().default(''),
  createdAt: createdAt()
}, (t) => [uniqueIndex('map_links_school_partner_idx').on(t.schoolId, t.partnerId)]);

/** Staff the coordinator allows to edit the map (coordinators always may). */
export const mapKeepers = pgTable('map_keepers', {
  schoolId: uuid('school_id').notNull().references(() => networkMaps.schoolId, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.schoolId, t.personId] })]);

/** The organisations a school shows its map to (read only). */
export const mapShares = pgTable('map_shares', {
  schoolId: uuid('school_id').notNull().references(() => networkMaps.schoolId, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.schoolId, t.organisationId] }), index('map_shares_organisation_idx').on(t.organisationId)]);

/** The map as it stood in a school year: kept as values, so a later edit or partner rename leaves it as it was. */
export const mapSnapshots = pgTable('map_snapshots', {
  schoolId: uuid('school_id').notNull().references(() => networkMaps.schoolId, { onDelete: 'cascade' }),
  schoolYear: integer('school_year').notNull(),
  links: jsonb('links').$type<SnapshotLink[]>().notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.schoolId, t.schoolYear] })]);
