// The tables people owns: accounts, sessions, one-time login tokens, the sign-in rate-limit
// windows, and the key that signs the public forms' fill-time tickets.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { boolean, index, integer, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'), // their mails' language (ADR 024)
  /** Set by a platform admin (ADR 032): no way of signing in works and every session has ended. */
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  /** The account this one was merged into (ADR 032); such an account is also deactivated. */
  /**
   * Set when a registration without an account made this person (ADR 029); cleared once the address
   * is proven (the link followed, any sign-in). accounts.cleanup removes such a person when all its
   * registrations lapsed and nothing else refers to it (ADR 033).
   */
  guestUnconfirmedSince: timestamp('guest_unconfirmed_since', { withTimezone: true }),
  mergedInto: uuid('merged_into').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
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

/**
 * The key that signs the fill-time ticket of the public forms (contact, newsletter subscription;
 * src/lib/server/spam-brakes.ts, ADR 053 and 057), made once and shared by every app instance
 * through the database, so a ticket from one instance is good on another.
 */
export const formTicketKeys = pgTable('form_ticket_keys', {
  id: integer('id').primaryKey(),
  key: text('key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
