// All tables in one place so drizzle-kit generates one forward-only migration history
// that runs unchanged on PGlite and on PostgreSQL.
import { sql } from 'drizzle-orm';
import {
  boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  website: text('website'),
  contactEmail: text('contact_email'),
  createdAt: createdAt()
});

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
  createdAt: createdAt()
});

export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt()
}, (t) => [index('sessions_person_idx').on(t.personId)]);

/** One-time tokens sent by mail: magic links (also used for invitations) and password resets. */
export const loginTokens = pgTable('login_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['magic-link', 'password-reset'] }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt()
});

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull()
});

export const organisationRoles = pgTable('organisation_roles', {
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['facilitator', 'coach'] }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.personId, t.organisationId, t.role] })]);

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
  createdAt: createdAt()
}, (t) => [uniqueIndex('networks_org_slug_idx').on(t.organisationId, t.slug)]);

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

/** Every mail the platform sends; without SMTP_URL this table is the outbox an admin reads. */
export const mails = pgTable('mails', {
  id: uuid('id').primaryKey().defaultRandom(),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  transport: text('transport', { enum: ['outbox', 'smtp'] }).notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [index('mails_created_idx').on(t.createdAt)]);
