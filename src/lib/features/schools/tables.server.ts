// The tables schools owns: the shared school directory, the staff of each school, the mail domains
// a school vouches for and the requests to join a school.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { people } from '../people/tables.server';

const schoolRoleEnum = ['directeur', 'intern-begeleider', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur', 'zorgleerkracht', 'bestuurder', 'brugfiguur'] as const;

export const schools = pgTable('schools', {
  id: uuid('id').primaryKey().defaultRandom(),
  // The school's key in the register and in its URL (ADR 028): the instellingsnummer of a Flemish
  // school, `fase-…`, `brin-…` or `school-…` for the other identifier types (schools/rules.ts).
  institutionNumber: text('institution_number').notNull().unique(),
  identifierType: text('identifier_type', { enum: ['instellingsnummer', 'fase', 'brin', 'none'] }).notNull().default('instellingsnummer'),
  country: text('country', { enum: ['BE', 'NL', 'other'] }).notNull().default('BE'),
  /** The country's name as typed, for a school outside Belgium and the Netherlands. */
  countryName: text('country_name'),
  name: text('name').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  municipality: text('municipality').notNull(),
  // Flemish schools only.
  province: text('province', {
    enum: ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel']
  }),
  // Belgian schools (Flemish and FASE).
  level: text('level', { enum: ['basis', 'secundair', 'buitengewoon'] }),
  // Flemish schools only.
  educationNetwork: text('education_network', {
    enum: ['go', 'officieel-gesubsidieerd', 'vrij-gesubsidieerd']
  }),
  // Dutch schools only.
  sector: text('sector', { enum: ['po', 'vo', 'mbo'] }),
  description: text('description').notNull().default(''),
  website: text('website'),
  createdAt: createdAt()
}, (t) => [
  // The same school twice is refused by key (per identifier type: the key carries it) and by name within a municipality.
  uniqueIndex('schools_name_municipality_idx').on(sql`lower(${t.name})`, sql`lower(${t.municipality})`),
  index('schools_municipality_idx').on(sql`lower(${t.municipality})`)
]);

export const schoolStaff = pgTable('school_staff', {
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  access: text('access', { enum: ['coordinator', 'staff'] }).notNull(),
  schoolRole: text('school_role', { enum: schoolRoleEnum }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.personId, t.schoolId] }), index('school_staff_school_idx').on(t.schoolId)]);

/** Mail domains a school's coordinators vouch for: a signed-in person with an address there joins as staff at once. */
export const schoolMailDomains = pgTable('school_mail_domains', {
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  domain: text('domain').notNull(),
  addedBy: uuid('added_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.schoolId, t.domain] }), index('school_mail_domains_domain_idx').on(t.domain)]);

/** A signed-in person's request to join a school; decided by whoever the route names (ADR 028). */
export const schoolJoinRequests = pgTable('school_join_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  access: text('access', { enum: ['coordinator', 'staff'] }).notNull(),
  schoolRole: text('school_role', { enum: schoolRoleEnum }).notNull(),
  status: text('status', { enum: ['pending', 'approved', 'declined'] }).notNull().default('pending'),
  decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [
  // One open request per person and school: asking again sends nobody a second mail.
  uniqueIndex('school_join_requests_open_idx').on(t.schoolId, t.personId).where(sql`${t.status} = 'pending'`),
  index('school_join_requests_school_idx').on(t.schoolId, t.status)
]);
