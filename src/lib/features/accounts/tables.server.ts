// The tables accounts owns (ADR 026): sign-ups waiting for their address to be confirmed, the
// external identities (OpenID Connect) a person signs in with, and the short-lived state of an
// OpenID Connect sign-in between leaving for the provider and coming back.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { people } from '../people/tables.server';

/**
 * A sign-up is not an account: the person row is made only when the mailed link is followed, so an
 * unconfirmed address can do nothing and a stranger's sign-up never touches someone's account.
 * It holds no password: that is chosen on the confirmation page by whoever holds the link.
 */
export const signUps = pgTable('sign_ups', {
  tokenHash: text('token_hash').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt()
}, (t) => [index('sign_ups_email_idx').on(t.email)]);

/** (provider, subject) is who someone is at the provider; the e-mail is only used to link once. */
export const personIdentities = pgTable('person_identities', {
  provider: text('provider', { enum: ['microsoft', 'google'] }).notNull(),
  subject: text('subject').notNull(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  // The provider's verified organisation: Microsoft's `tid` (tenant) or Google's `hd` (hosted
  // domain), kept for a school's verified domains.
  verifiedTenant: text('verified_tenant'),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.provider, t.subject] }), index('person_identities_person_idx').on(t.personId)]);

/** State, nonce and PKCE verifier of one sign-in attempt; the browser holds only the random id. */
export const oidcAttempts = pgTable('oidc_attempts', {
  idHash: text('id_hash').primaryKey(),
  provider: text('provider', { enum: ['microsoft', 'google'] }).notNull(),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt()
});
