// How an account comes to be (ADR 026): a sign-up confirmed by a mailed link, or a first sign-in
// with Microsoft or Google. Neither ever tells a stranger whether an address has an account.
import { and, eq, gt, lt } from 'drizzle-orm';
import { hashPassword } from '$lib/server/auth/password';
import { hashSecret, newSecret } from '$lib/server/auth/tokens';
import type { ExternalIdentity, OidcChecks, OidcProvider } from '$lib/server/auth/oidc';
import { db } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { Locale } from '$lib/i18n/messages';
import { urgentMailJob } from '../mail/jobs.server';
import { findOrCreatePerson, takeRateLimit } from '../people/mutations.server';
import { emailSchema } from '../people/schema';
import { people } from '../people/tables.server';
import { alreadyRegisteredMail, confirmSignUpMail } from './emails/sign-up-mails';
import type { ConfirmSignUpInput, SignUpInput } from './schema';
import { oidcAttempts, personIdentities, signUps } from './tables.server';

/** A confirmation link works this long; then the hourly clean-up deletes the sign-up. */
export const signUpLifetimeDays = 7;
/** However often someone signs up with an address, it gets at most one mail per hour. */
const mailsPerAddressPerHour = 1;
const oidcAttemptMinutes = 10;

export type SignUpResult = { ok: true } | { ok: false; reason: 'rate-limited' };

export const signUpFailures = {
  'rate-limited': { status: 429, key: 'rateLimited' }
} satisfies FailureMap<SignUpResult>;

/** Per address (against filling someone's inbox) and per client (against sign-up sprays), as ADR 019. */
async function withinSignUpLimits(email: string, client: string): Promise<boolean> {
  const { LOGIN_RATE_LIMIT: limit, LOGIN_RATE_WINDOW_SECONDS: window } = readEnv();
  const addressOk = await takeRateLimit(`signup:address:${email}`, limit, window);
  const clientOk = await takeRateLimit(`signup:ip:${client}`, limit * 5, window);
  return addressOk && clientOk;
}

/**
 * Always the same answer ("check your mail"): a new address gets a confirmation link, an address
 * with an account gets a "you already have an account" mail instead, and either only once an hour.
 * No password travels with a sign-up: the owner of the address chooses one on the confirmation page.
 */
export async function requestSignUp(input: SignUpInput, client: string, locale: Locale): Promise<SignUpResult> {
  if (!(await withinSignUpLimits(input.email, client))) return { ok: false, reason: 'rate-limited' };
  if (!(await takeConfirmationMailSlot(input.email))) return { ok: true };
  const origin = readEnv().ORIGIN;
  await transactionWithJobs(async (tx) => {
    const [person] = await tx.select({ email: people.email, name: people.name, locale: people.locale }).from(people).where(eq(people.email, input.email));
    if (person) {
      await recordJob(tx, urgentMailJob, alreadyRegisteredMail(person, `${origin}/aanmelden`, `${origin}/wachtwoord-vergeten`));
      return;
    }
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + signUpLifetimeDays * 86_400_000);
    await tx.insert(signUps).values({ tokenHash: hashSecret(secret), email: input.email, name: input.name, locale, expiresAt });
    await recordJob(tx, urgentMailJob, confirmSignUpMail({ email: input.email, name: input.name, locale }, `${origin}/registreren/bevestigen/${secret}`));
  });
  return { ok: true };
}

/**
 * One confirmation mail per address per hour, shared by sign-ups and guest registrations (ADR
 * 027): however often a stranger posts someone's address, it gets at most one such mail an hour.
 */
export function takeConfirmationMailSlot(email: string): Promise<boolean> {
  return takeRateLimit(`signup:mail:${email}`, mailsPerAddressPerHour, 3600);
}

export type ConfirmSignUpResult = { ok: true; personId: string } | { ok: false; reason: 'token-invalid' };

export const confirmSignUpFailures = {
  'token-invalid': { status: 400, key: 'signUpLinkInvalid' }
} satisfies FailureMap<ConfirmSignUpResult>;

/**
 * Following the link proves the address: the account is made now, with the name of this sign-up
 * and the password chosen here, by whoever holds the link (none: sign-in by link). If the address
 * got an account in the meantime (an invitation, a first Microsoft sign-in), the link signs in to
 * that one, as a sign-in link would, and changes nothing of it.
 */
export async function confirmSignUp(secret: string, input: ConfirmSignUpInput): Promise<ConfirmSignUpResult> {
  const passwordHash = input.password === '' ? null : await hashPassword(input.password);
  return db().transaction(async (tx) => {
    const [signUp] = await tx.delete(signUps)
      .where(and(eq(signUps.tokenHash, hashSecret(secret)), gt(signUps.expiresAt, new Date())))
      .returning();
    if (!signUp) return { ok: false, reason: 'token-invalid' };
    // Other sign-ups of the address are moot now.
    await tx.delete(signUps).where(eq(signUps.email, signUp.email));
    const person = await findOrCreatePerson(tx, signUp.email, signUp.name);
    if (person.created) {
      await tx.update(people).set({ passwordHash, locale: signUp.locale }).where(eq(people.id, person.id));
    }
    return { ok: true, personId: person.id };
  });
}

/** The state of one external sign-in, kept here; the browser gets only the random id (a cookie). */
export async function storeOidcAttempt(provider: OidcProvider, checks: OidcChecks, returnTo: string): Promise<{ id: string; maxAgeSeconds: number }> {
  const id = newSecret();
  const expiresAt = new Date(Date.now() + oidcAttemptMinutes * 60_000);
  await db().insert(oidcAttempts).values({ idHash: hashSecret(id), provider, ...checks, returnTo, expiresAt });
  return { id, maxAgeSeconds: oidcAttemptMinutes * 60 };
}

/** Used up as it is read: a callback, forged or not, can be answered only once per attempt. */
export async function takeOidcAttempt(id: string, provider: OidcProvider): Promise<(OidcChecks & { returnTo: string }) | null> {
  const [row] = await db().delete(oidcAttempts)
    .where(and(eq(oidcAttempts.idHash, hashSecret(id)), eq(oidcAttempts.provider, provider), gt(oidcAttempts.expiresAt, new Date())))
    .returning();
  return row ? { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnTo: row.returnTo } : null;
}

export type IdentitySignInResult = { ok: true; personId: string } | { ok: false; reason: 'email-unverified' };

function nameOf(identity: ExternalIdentity, email: string): string {
  const name = identity.name?.slice(0, 120) ?? '';
  return name.length >= 2 ? name : email.slice(0, 120);
}

/**
 * A known (provider, subject) signs in to its person, whatever address the provider now gives. A new
 * one is linked by its address only when the provider verified it: to the account with that address,
 * or to a new account. Without a verified address nothing is linked or made.
 */
export async function signInWithIdentity(identity: ExternalIdentity): Promise<IdentitySignInResult> {
  return db().transaction(async (tx) => {
    const same = and(eq(personIdentities.provider, identity.provider), eq(personIdentities.subject, identity.subject));
    const [known] = await tx.update(personIdentities)
      .set({ lastSignInAt: new Date(), verifiedTenant: identity.verifiedTenant })
      .where(same)
      .returning({ personId: personIdentities.personId });
    if (known) return { ok: true, personId: known.personId };
    const parsed = emailSchema.safeParse(identity.email);
    if (!identity.emailVerified || !parsed.success) return { ok: false, reason: 'email-unverified' };
    const email = parsed.data;
    const person = await findOrCreatePerson(tx, email, nameOf(identity, email));
    await tx.insert(personIdentities)
      .values({ provider: identity.provider, subject: identity.subject, personId: person.id, email, verifiedTenant: identity.verifiedTenant })
      .onConflictDoNothing();
    // A parallel first sign-in of the same subject may have linked it first: that link stands.
    const [linked] = await tx.select({ personId: personIdentities.personId }).from(personIdentities).where(same);
    return { ok: true, personId: linked?.personId ?? person.id };
  });
}

/**
 * Maintenance (accounts/jobs.server.ts): sign-ups whose link expired, and external sign-ins that
 * never came back. Nothing refers to either, and every check already ignores them once expired.
 */
export async function deleteExpiredAccountRequests(now = new Date()): Promise<{ signUps: number; oidcAttempts: number }> {
  const expiredSignUps = await db().delete(signUps).where(lt(signUps.expiresAt, now)).returning({ hash: signUps.tokenHash });
  const expiredAttempts = await db().delete(oidcAttempts).where(lt(oidcAttempts.expiresAt, now)).returning({ hash: oidcAttempts.idHash });
  return { signUps: expiredSignUps.length, oidcAttempts: expiredAttempts.length };
}
