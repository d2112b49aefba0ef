// The tables schools owns: the shared school directory and the staff of each school.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { people } from '../people/tables.server';

export const schools = pgTable('schools', {
  id: uuid('id').primaryKey().defaultRandom(),
  institutionNumber: text('institution_number').notNull().unique(),
  name: text('name').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  municipality: text('municipality').notNull(),
  province: text('province', {
    enum: ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel']
  }).notNull(),
  level: text('level', { enum: ['basis', 'secundair', 'buitengewoon'] }).notNull(),
  educationNetwork: text('education_network', {
    enum: ['go', 'officieel-gesubsidieerd', 'vrij-gesubsidieerd']
  }).notNull(),
  description: text('description').notNull().default(''),
  website: text('website'),
  createdAt: createdAt()
}, (t) => [
  // The same school twice is refused by number and by name within a municipality.
  uniqueIndex('schools_name_municipality_idx').on(sql`lower(${t.name})`, sql`lower(${t.municipality})`),
  index('schools_municipality_idx').on(sql`lower(${t.municipality})`)
]);

export const schoolStaff = pgTable('school_staff', {
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  access: text('access', { enum: ['coordinator', 'staff'] }).notNull(),
  schoolRole: text('school_role', {
    enum: ['directeur', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur']
  }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.personId, t.schoolId] }), index('school_staff_school_idx').on(t.schoolId)]);
