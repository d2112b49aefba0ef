// The tables municipalities owns (ADR 030): municipalities (Belgian or Dutch) as parties, their
// officers (gemeentefunctionarissen, with a portfolio), and the registrations that come *together
// with* a municipality: an officer naming the schools of the municipality that come along, or a
// school's registrant naming the municipality (and her school). Each is its own registration with
// its own seat in the seat engine; this only says who belongs together and where the invoice may go.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { people } from '../people/tables.server';
import { registrations } from '../registrations/tables.server';
import { schools } from '../schools/tables.server';

export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The municipality's own name ("Maastricht"), as schools carry it in their `municipality`. */
  name: text('name').notNull(),
  country: text('country', { enum: ['BE', 'NL'] }).notNull(),
  /** Who an invoice is made out to ("Gemeente Maastricht") and its number: the enterprise number (BE) or KvK-nummer (NL). */
  invoiceName: text('invoice_name').notNull(),
  invoiceNumber: text('invoice_number').notNull().default(''),
  invoiceEmail: text('invoice_email').notNull().default(''),
  createdAt: createdAt()
}, (t) => [uniqueIndex('municipalities_name_country_idx').on(sql`lower(${t.name})`, t.country)]);

export const municipalityOfficers = pgTable('municipality_officers', {
  municipalityId: uuid('municipality_id').notNull().references(() => municipalities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  /** What the officer holds, e.g. "onderwijs en jeugd". */
  portfolio: text('portfolio').notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.municipalityId, t.personId] }), index('municipality_officers_person_idx').on(t.personId)]);

/** A registration that comes together with a municipality (one per registration). */
export const registrationPairs = pgTable('registration_pairs', {
  registrationId: uuid('registration_id').primaryKey().references(() => registrations.id, { onDelete: 'cascade' }),
  municipalityId: uuid('municipality_id').notNull().references(() => municipalities.id, { onDelete: 'cascade' })
}, (t) => [index('registration_pairs_municipality_idx').on(t.municipalityId)]);

/** The schools of that municipality the pair is about: the officer's several, a school registrant's own. */
export const registrationPairSchools = pgTable('registration_pair_schools', {
  registrationId: uuid('registration_id').notNull().references(() => registrationPairs.registrationId, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' })
}, (t) => [primaryKey({ columns: [t.registrationId, t.schoolId] })]);
