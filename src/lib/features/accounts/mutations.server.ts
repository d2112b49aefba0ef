// How an account comes to be (ADR 026): a sign-up confirmed by a mailed link, a first sign-in
// with Microsoft or Google, or a registration without an account confirmed by its mailed link
// (ADR 029). None ever tells a stranger whether an address has an account.
import { and, eq, gt, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { hashPassword } from '$lib/server/auth/password';
import { hashSecret, newSecret } from '$lib/server/auth/tokens';
import type { ExternalIdentity, OidcChecks, OidcProvider } from '$lib/server/auth/oidc';
import { db, type Tx } from '$lib/server/db/client';
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
import { activities } from '../activities/tables.server';
import { findGuestTerms } from '../registrations/data.server';
import { recordGuestConfirmation, recordRegistered } from '../registrations/jobs.server';
import {
  cancelRegistration, ExtraFull, holdForGuest, registerFailures, type RegistrationInput, type SeatClaim
} from '../registrations/mutations.server';
import { registrationOpen } from '../registrations/rules';
import { registrations } from '../registrations/tables.server';
import type { GuestRegistrant, UnconfirmedRegistration } from '../registrations/types';

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
 * Taken in the caller's transaction `tx` when given, so a refused change does not use it up.
 */
export function takeConfirmationMailSlot(email: string, tx?: Tx): Promise<boolean> {
  return takeRateLimit(`signup:mail:${email}`, mailsPerAddressPerHour, 3600, tx);
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
export async function deleteExpiredAccountRequests(now = new Date()): Promise<{ signUps: number; oidcAttempts: number; lapsedGuests: number }> {
  const expiredSignUps = await db().delete(signUps).where(lt(signUps.expiresAt, now)).returning({ hash: signUps.tokenHash });
  const expiredAttempts = await db().delete(oidcAttempts).where(lt(oidcAttempts.expiresAt, now)).returning({ hash: oidcAttempts.idHash });
  return { signUps: expiredSignUps.length, oidcAttempts: expiredAttempts.length, lapsedGuests: await deleteLapsedGuests() };
}

/** Every column that refers to people, read from the database catalogue (so a new table counts at once). */
async function personReferences(tx: Tx): Promise<{ table: string; column: string }[]> {
  const result = await tx.execute(sql`select cl.relname as "table", a.attname as "column"
    from pg_constraint c join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.confrelid = 'public.people'::regclass`);
  return (result as unknown as { rows: { table: string; column: string }[] }).rows;
}

/**
 * A person made by a registration without an account whose address was never proven is removed
 * once every registration of theirs lapsed (released or cancelled) and nothing else refers to them
 * (ADR 033); their lapsed registrations go with them. The candidates are locked first (skipping
 * any a guest registration holds now) and every reference is checked under that lock, so a guest
 * who registers again keeps their person. Idempotent.
 */
async function deleteLapsedGuests(): Promise<number> {
  return db().transaction(async (tx) => {
    const candidates = await tx.select({ id: people.id }).from(people)
      .where(and(isNotNull(people.guestUnconfirmedSince), isNull(people.passwordHash))).limit(500).for('update', { skipLocked: true });
    if (candidates.length === 0) return 0;
    // Qualified by hand: drizzle renders a column of the one table of a DELETE bare ("id"), which a
    // subquery's own id column would capture.
    const personId = sql.raw('"people"."id"');
    const unreferenced = (await personReferences(tx))
      .filter((r) => r.table !== 'registrations')
      .map((r) => sql`not exists (select 1 from ${sql.identifier(r.table)} x where x.${sql.identifier(r.column)} = ${personId})`);
    const ownLapsedOnly = sql`not exists (select 1 from ${registrations} r where (r.person_id = ${personId} and r.status <> 'cancelled')
      or (r.registered_by = ${personId} and r.person_id <> ${personId}))`;
    const removed = await tx.delete(people)
      .where(and(inArray(people.id, candidates.map((c) => c.id)), ownLapsedOnly, ...unreferenced))
      .returning({ id: people.id });
    return removed.length;
  });
}

export type GuestRegistrationInput = RegistrationInput & { name: string; email: string };

export type GuestRegisterResult = { ok: true } | { ok: false; reason: 'rate-limited' | 'not-found' | 'closed' | 'extra-full' | 'unknown-extra' };

export const guestRegisterFailures = {
  'rate-limited': { status: 429, key: 'rateLimited' },
  closed: registerFailures.closed,
  'extra-full': registerFailures['extra-full'],
  'unknown-extra': registerFailures['unknown-extra'],
  'not-found': registerFailures['not-found']
} satisfies FailureMap<GuestRegisterResult>;

/** The same answer for an address one may not hear about: nothing changes, nothing is said (ADR 029). */
class Unanswered extends Error {}

/** Per address and per client, counted apart from sign-in and sign-up (ADR 019, 026). */
async function withinGuestLimits(email: string, client: string): Promise<boolean> {
  const { LOGIN_RATE_LIMIT: limit, LOGIN_RATE_WINDOW_SECONDS: window } = readEnv();
  const addressOk = await takeRateLimit(`guest:address:${email}`, limit, window);
  const clientOk = await takeRateLimit(`guest:ip:${client}`, limit * 5, window);
  return addressOk && clientOk;
}

/**
 * Registering (or showing interest) without an account (ADR 029). In one transaction: the person
 * of the address (made now, without a password, if the address has none), the seat or place held
 * through the seat engine and marked unconfirmed until the organiser's deadline, and the mail with
 * the link that confirms it, to the address. The answer is "check your mail" unless the activity
 * refuses (closed, an extra full): an address already registered, or that had its one confirmation
 * mail this hour, changes nothing and is not told apart.
 */
export async function registerAsGuest(
  guest: GuestRegistrant,
  input: GuestRegistrationInput,
  options: { client: string; locale: Locale; interest?: boolean; now?: Date; claimSeat?: SeatClaim; notify?: boolean }
): Promise<GuestRegisterResult> {
  const now = options.now ?? new Date();
  const notify = options.notify ?? true;
  if (!(await withinGuestLimits(input.email, options.client))) return { ok: false, reason: 'rate-limited' };
  const activity = await findGuestTerms(guest);
  if (!activity) return { ok: false, reason: 'not-found' };
  if (!registrationOpen(activity.deadline, now)) return { ok: false, reason: 'closed' };
  const secret = newSecret();
  const pending = { tokenHash: hashSecret(secret), releaseAt: new Date(now.getTime() + activity.guestConfirmHours * 3_600_000) };
  const work = async (tx: Tx): Promise<GuestRegisterResult> => {
    const person = await findOrCreatePerson(tx, input.email, input.name);
    if (person.created) await tx.update(people).set({ locale: options.locale, guestUnconfirmedSince: now }).where(eq(people.id, person.id));
    const held = await holdForGuest(tx, guest, person.id, input, { interest: !!options.interest, now, pending, claimSeat: options.claimSeat });
    if (!held.ok) {
      if (held.reason === 'already-registered') throw new Unanswered();
      return { ok: false, reason: held.reason };
    }
    if (!(await takeConfirmationMailSlot(input.email, tx))) throw new Unanswered();
    if (notify) await recordGuestConfirmation(tx, held.registrationId, secret, pending.releaseAt);
    return { ok: true };
  };
  try {
    return await (notify ? transactionWithJobs(work) : db().transaction(work));
  } catch (err) {
    if (err instanceof Unanswered) return { ok: true };
    if (err instanceof ExtraFull) return { ok: false, reason: 'extra-full' };
    throw err;
  }
}

export type ConfirmGuestResult = { ok: true; personId: string; activityId: string } | { ok: false; reason: 'token-invalid' };

export const confirmGuestFailures = {
  'token-invalid': { status: 400, key: 'guestLinkInvalid' }
} satisfies FailureMap<ConfirmGuestResult>;

/**
 * Following the mailed link proves the address: the registration becomes firm (its seat or place
 * was held all along) and gets the usual mails: a confirmation with .ics and the reminder, or the
 * waiting-list mail. After the deadline the link no longer works, even before the release job ran.
 * Only the registration row is locked, so this never waits on a cancellation in the wrong order (ADR 013).
 */
export async function confirmGuestRegistration(secret: string, now = new Date()): Promise<ConfirmGuestResult> {
  return transactionWithJobs(async (tx) => {
    const [row] = await tx.update(registrations).set({ confirmTokenHash: null, releaseAt: null, updatedAt: now })
      .where(and(eq(registrations.confirmTokenHash, hashSecret(secret)), gt(registrations.releaseAt, now)))
      .returning({ id: registrations.id, status: registrations.status, personId: registrations.personId, activityId: registrations.activityId });
    if (!row) return { ok: false, reason: 'token-invalid' } as const;
    // The address is proven: the person is no longer a guest the clean-up may remove (ADR 033).
    await tx.update(people).set({ guestUnconfirmedSince: null }).where(eq(people.id, row.personId));
    if (row.status === 'registered' || row.status === 'waiting') {
      const [activity] = await tx.select({ startsAt: activities.startsAt }).from(activities).where(eq(activities.id, row.activityId));
      if (activity) await recordRegistered(tx, row.id, row.status, activity.startsAt);
    }
    return { ok: true, personId: row.personId, activityId: row.activityId } as const;
  });
}

/**
 * Releases one registration without an account past its deadline through the seat engine's
 * cancellation (ADR 010, 013): its seat goes to the first in line, who gets the "a place came
 * free" mail, and the guest gets the "lapsed" mail. Unconfirmed interest holds no seat and lapses.
 */
export async function releaseUnconfirmed(registration: UnconfirmedRegistration, now = new Date()): Promise<void> {
  const [interest] = await db().update(registrations).set({ status: 'cancelled', confirmTokenHash: null, releaseAt: null, updatedAt: now })
    .where(and(eq(registrations.id, registration.id), eq(registrations.status, 'interest'), lte(registrations.releaseAt, now)))
    .returning({ id: registrations.id });
  if (!interest) await cancelRegistration(registration, { notify: { kind: 'released' }, unconfirmedBefore: now });
}
