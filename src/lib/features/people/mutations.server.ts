import { and, eq, gt, inArray, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { randomBytes } from 'node:crypto';
import { hashSecret, newSecret } from '$lib/server/auth/tokens';
import { db, type Db, type Tx } from '$lib/server/db/client';
import { formTicketKeys, loginTokens, people, rateLimits, sessions } from './tables.server';
import type { Locale } from '$lib/i18n/messages';
import { readEnv } from '$lib/server/env';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import { checkSpamBrakes, formTicket, type FormPurpose, type SpamBrakeRefusal } from '$lib/server/spam-brakes';
import { urgentMailJob } from '../mail/jobs.server';
import { magicLinkMail, passwordResetMail } from './emails/login-mails';
import type { OwnAccount } from './types';
// Schools and organisations invite people too; emails/ is private, so the invitation is offered here.
export { invitationMail } from './emails/login-mails';

const sessionDays = 30;
const magicLinkMinutes = 20;
const resetMinutes = 60;
export const invitationMinutes = 7 * 24 * 60;

// A hash to compare against when the account does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | undefined;

/** Thrown when a sign-in would start a session for a deactivated account (ADR 032). */
export class AccountDeactivated extends Error {}

/**
 * Only an active person gets a session, whichever way they proved who they are. A deactivation
 * racing this check is harmless: the session reader skips deactivated people as well.
 */
export async function createSession(personId: string): Promise<{ secret: string; expiresAt: Date }> {
  const [person] = await db().select({ deactivatedAt: people.deactivatedAt }).from(people).where(eq(people.id, personId));
  if (!person || person.deactivatedAt) throw new AccountDeactivated(personId);
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + sessionDays * 86_400_000);
  await db().insert(sessions).values({ idHash: hashSecret(secret), personId, expiresAt });
  // Signing in proves the address or the identity: no longer an unconfirmed guest (ADR 033).
  await db().update(people).set({ guestUnconfirmedSince: null }).where(and(eq(people.id, personId), isNotNull(people.guestUnconfirmedSince)));
  await db().delete(sessions).where(and(eq(sessions.personId, personId), lt(sessions.expiresAt, new Date())));
  return { secret, expiresAt };
}

/**
 * Remembers the language a person uses the platform in (the language cookie), so the mails sent
 * to them later, also from jobs, are written in it. Called at sign-in and on a language switch.
 */
export async function rememberLanguage(personId: string, locale: Locale): Promise<void> {
  await db().update(people).set({ locale }).where(and(eq(people.id, personId), ne(people.locale, locale)));
}

export async function deleteSession(secret: string): Promise<void> {
  await db().delete(sessions).where(eq(sessions.idHash, hashSecret(secret)));
}

/**
 * Maintenance, on a schedule (people/jobs.server.ts): deletes login tokens and sessions past their
 * expiry and rate-limit windows that have ended. Every check already ignores them once expired (it
 * compares with now), so deleting them changes no answer; running it again deletes nothing more.
 */
export async function deleteExpiredSignInData(now = new Date()): Promise<{ tokens: number; sessions: number; rateLimits: number }> {
  const tokens = await db().delete(loginTokens).where(lt(loginTokens.expiresAt, now)).returning({ hash: loginTokens.tokenHash });
  const ended = await db().delete(sessions).where(lt(sessions.expiresAt, now)).returning({ hash: sessions.idHash });
  const windows = await db().delete(rateLimits).where(lt(rateLimits.resetAt, now)).returning({ key: rateLimits.key });
  return { tokens: tokens.length, sessions: ended.length, rateLimits: windows.length };
}

let cachedFormKey: string | undefined;

/** The key of the public forms' tickets, made on first use and shared by every instance through the database. */
async function formTicketKey(): Promise<string> {
  if (cachedFormKey) return cachedFormKey;
  await db().insert(formTicketKeys).values({ id: 1, key: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  const [row] = await db().select({ key: formTicketKeys.key }).from(formTicketKeys).where(eq(formTicketKeys.id, 1));
  cachedFormKey = row!.key;
  return cachedFormKey;
}

/** The ticket a freshly loaded public form carries (spam-brakes.ts). */
export async function newFormTicket(purpose: FormPurpose, now = new Date()): Promise<string> {
  return formTicket(purpose, now, await formTicketKey());
}

/** A public form's honeypot and ticket; null when the post may go on to its limits. */
export async function passSpamBrakes(purpose: FormPurpose, input: { website: string; ticket: string }, now = new Date()): Promise<SpamBrakeRefusal | null> {
  return checkSpamBrakes(purpose, input, await formTicketKey(), now);
}

/** Counts a hit on a key inside a fixed window, atomically; false once the limit is passed. */
export async function takeRateLimit(key: string, limit: number, windowSeconds: number, executor: Db | Tx = db()): Promise<boolean> {
  const resetAt = new Date(Date.now() + windowSeconds * 1000);
  const [row] = await executor
    .insert(rateLimits)
    .values({ key, hits: 1, resetAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${rateLimits.resetAt} < now() then 1 else ${rateLimits.hits} + 1 end`,
        resetAt: sql`case when ${rateLimits.resetAt} < now() then excluded.reset_at else ${rateLimits.resetAt} end`
      }
    })
    .returning({ hits: rateLimits.hits });
  return (row?.hits ?? 0) <= limit;
}

/**
 * Password sign-in is counted per (address, client), so a stranger's guesses only lock the
 * stranger's own client out (ADR 019). The per-address ceiling (10×, across every client) brakes
 * guessing spread over many IPs; the per-client limit (5×) brakes spraying many addresses.
 */
export function passwordRateKeys(email: string, ip: string): { pair: string; address: string; client: string } {
  const address = email.toLowerCase();
  return { pair: `login:password:${ip}:${address}`, address: `login:password:address:${address}`, client: `login:password:ip:${ip}` };
}

async function withinPasswordLimits(keys: ReturnType<typeof passwordRateKeys>): Promise<boolean> {
  const { LOGIN_RATE_LIMIT: limit, LOGIN_RATE_WINDOW_SECONDS: window } = readEnv();
  const pairOk = await takeRateLimit(keys.pair, limit, window);
  const addressOk = await takeRateLimit(keys.address, limit * 10, window);
  const clientOk = await takeRateLimit(keys.client, limit * 5, window);
  return pairOk && addressOk && clientOk;
}

/**
 * A right password gives its hit back, so only failures count against the person. Not the
 * per-client hit: someone's own account must not buy extra guesses at other addresses.
 */
async function refundPasswordHit(keys: ReturnType<typeof passwordRateKeys>): Promise<void> {
  await db()
    .update(rateLimits)
    .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
    .where(inArray(rateLimits.key, [keys.pair, keys.address]));
}

/** Magic-link and reset requests keep their own counters: password failures never block them. */
async function withinMailLimits(email: string, ip: string): Promise<boolean> {
  const { LOGIN_RATE_LIMIT: limit, LOGIN_RATE_WINDOW_SECONDS: window } = readEnv();
  // Per address it stops mail-bombing someone; the links a stranger asks for still reach the person.
  const addressOk = await takeRateLimit(`login:mail:address:${email.toLowerCase()}`, limit, window);
  const clientOk = await takeRateLimit(`login:mail:ip:${ip}`, limit * 5, window);
  return addressOk && clientOk;
}

export type LoginResult = { ok: true; personId: string } | { ok: false; reason: 'invalid' | 'rate-limited' | 'deactivated' };

export const loginFailures = {
  invalid: { status: 400, key: 'loginFailed' },
  // Only told to whoever knows the password: anyone else gets 'invalid'.
  deactivated: { status: 403, key: 'accountDeactivated' },
  'rate-limited': { status: 429, key: 'passwordRateLimited' }
} satisfies FailureMap<LoginResult>;

/** A magic link or a reset mail: the answer is the same whether or not the address has an account. */
export const loginMailFailures = {
  'rate-limited': { status: 429, key: 'rateLimited' }
} satisfies FailureMap<{ ok: false; reason: 'rate-limited' }>;

/** A one-time login token (magic link, password reset) that is unknown, used or expired. */
export type TokenSignInResult = { ok: true; personId: string } | { ok: false; reason: 'token-invalid' };

export const tokenFailures = {
  'token-invalid': { status: 400, key: 'tokenInvalid' }
} satisfies FailureMap<TokenSignInResult>;

export const tokenSignIn = (personId: string | null): TokenSignInResult =>
  personId ? { ok: true, personId } : { ok: false, reason: 'token-invalid' };

export async function loginWithPassword(email: string, password: string, ip: string): Promise<LoginResult> {
  // Counted before the check (atomic, so parallel guesses cannot slip past), refunded on success.
  const keys = passwordRateKeys(email, ip);
  if (!(await withinPasswordLimits(keys))) return { ok: false, reason: 'rate-limited' };
  const [person] = await db().select().from(people).where(eq(people.email, email));
  dummyHash ??= hashPassword('not-a-real-password');
  const stored = person?.passwordHash ?? (await dummyHash);
  const valid = await verifyPassword(password, stored);
  if (!person?.passwordHash || !valid) return { ok: false, reason: 'invalid' };
  await refundPasswordHit(keys);
  if (person.deactivatedAt) return { ok: false, reason: 'deactivated' };
  return { ok: true, personId: person.id };
}

export async function issueLoginToken(
  personId: string,
  purpose: 'magic-link' | 'password-reset',
  minutes: number,
  tx?: Tx
): Promise<string> {
  const secret = newSecret();
  await (tx ?? db())
    .insert(loginTokens)
    .values({ tokenHash: hashSecret(secret), personId, purpose, expiresAt: new Date(Date.now() + minutes * 60_000) });
  return secret;
}

export function loginLinkUrl(secret: string): string {
  return `${readEnv().ORIGIN}/aanmelden/link/${secret}`;
}

/** Always "sent" to the caller, so the form never tells whether an address has an account. */
export async function requestMagicLink(email: string, ip: string): Promise<{ ok: true } | { ok: false; reason: 'rate-limited' }> {
  if (!(await withinMailLimits(email, ip))) return { ok: false, reason: 'rate-limited' };
  const [person] = await db().select().from(people).where(and(eq(people.email, email), isNull(people.deactivatedAt)));
  if (person) {
    await transactionWithJobs(async (tx) => {
      const secret = await issueLoginToken(person.id, 'magic-link', magicLinkMinutes, tx);
      await recordJob(tx, urgentMailJob, magicLinkMail(person, loginLinkUrl(secret)));
    });
  }
  return { ok: true };
}

export async function requestPasswordReset(email: string, ip: string): Promise<{ ok: true } | { ok: false; reason: 'rate-limited' }> {
  if (!(await withinMailLimits(email, ip))) return { ok: false, reason: 'rate-limited' };
  const [person] = await db().select().from(people).where(and(eq(people.email, email), isNull(people.deactivatedAt)));
  if (person) {
    await transactionWithJobs(async (tx) => {
      const secret = await issueLoginToken(person.id, 'password-reset', resetMinutes, tx);
      const url = `${readEnv().ORIGIN}/wachtwoord-herstellen/${secret}`;
      await recordJob(tx, urgentMailJob, passwordResetMail(person, url));
    });
  }
  return { ok: true };
}

/** Marks a token used in the same statement that checks it, so it works exactly once. */
async function consumeToken(secret: string, purpose: 'magic-link' | 'password-reset', tx: Tx): Promise<string | null> {
  const [row] = await tx
    .update(loginTokens)
    .set({ usedAt: new Date() })
    .where(and(
      eq(loginTokens.tokenHash, hashSecret(secret)),
      eq(loginTokens.purpose, purpose),
      isNull(loginTokens.usedAt),
      gt(loginTokens.expiresAt, new Date()),
      // A link mailed before the account was deactivated does not sign in (ADR 032).
      inArray(loginTokens.personId, tx.select({ id: people.id }).from(people).where(isNull(people.deactivatedAt)))
    ))
    .returning({ personId: loginTokens.personId });
  return row?.personId ?? null;
}

export async function isLoginTokenUsable(secret: string, purpose: 'magic-link' | 'password-reset'): Promise<boolean> {
  const [row] = await db()
    .select({ tokenHash: loginTokens.tokenHash })
    .from(loginTokens)
    .where(and(eq(loginTokens.tokenHash, hashSecret(secret)), eq(loginTokens.purpose, purpose),
      isNull(loginTokens.usedAt), gt(loginTokens.expiresAt, new Date())));
  return !!row;
}

export async function consumeMagicLink(secret: string): Promise<string | null> {
  return db().transaction((tx) => consumeToken(secret, 'magic-link', tx));
}

export async function resetPasswordWithToken(secret: string, password: string): Promise<string | null> {
  const passwordHash = await hashPassword(password);
  return db().transaction(async (tx) => {
    const personId = await consumeToken(secret, 'password-reset', tx);
    if (!personId) return null;
    await tx.update(people).set({ passwordHash }).where(eq(people.id, personId));
    // A reset ends every other session: whoever knew the old password is signed out.
    await tx.delete(sessions).where(eq(sessions.personId, personId));
    return personId;
  });
}

export async function setPassword(account: OwnAccount, password: string): Promise<void> {
  await db().update(people).set({ passwordHash: await hashPassword(password) }).where(eq(people.id, account.id));
}

export async function updateAccountName(account: OwnAccount, name: string): Promise<void> {
  await db().update(people).set({ name }).where(eq(people.id, account.id));
}

/** Finds a person by address or creates one without a password (invitations, role grants). */
export async function findOrCreatePerson(tx: Tx, email: string, name: string): Promise<{ id: string; name: string; locale: Locale; created: boolean }> {
  const columns = { id: people.id, name: people.name, locale: people.locale };
  const inserted = await tx.insert(people).values({ email, name }).onConflictDoNothing().returning(columns);
  if (inserted[0]) return { ...inserted[0], created: true };
  const [existing] = await tx.select(columns).from(people).where(eq(people.email, email));
  if (!existing) throw new Error(`person ${email} vanished during invitation`);
  return { ...existing, created: false };
}
