import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue } from '$lib/server/jobs/queue';
import { hashPassword } from '$lib/server/auth/password';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { latestMailTo } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { findActorBySession } from './data.server';
import {
  consumeMagicLink, createSession, deleteSession, findOrCreatePerson, loginWithPassword, passwordRateKeys, requestMagicLink,
  requestPasswordReset, resetPasswordWithToken, setPassword, takeRateLimit
} from './mutations.server';
import { db } from '$lib/server/db/client';
import { grant } from '$lib/server/tenancy';
import type { OwnAccount } from './types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

async function createPerson(password?: string) {
  const email = uniqueEmail();
  const person = await db().transaction((tx) => findOrCreatePerson(tx, email, 'Lotte Peeters'));
  if (password) await setPassword(grant('own-account', person.id) as OwnAccount, password);
  return { ...person, email };
}

function linkSecret(text: string | undefined, path: string): string {
  const match = text?.match(new RegExp(`${path}/([\\w-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in mail`);
  return match[1];
}

describe('signing in with a password', () => {
  it('accepts the right password and refuses a wrong one or an unknown address', async () => {
    const person = await createPerson('een lang wachtwoord');
    expect(await loginWithPassword(person.email, 'een lang wachtwoord', '10.0.0.1')).toEqual({ ok: true, personId: person.id });
    expect(await loginWithPassword(person.email, 'fout wachtwoord', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(await loginWithPassword(uniqueEmail(), 'een lang wachtwoord', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('gives a new session id at every sign-in and forgets it at sign-out', async () => {
    const person = await createPerson();
    const first = await createSession(person.id);
    const second = await createSession(person.id);
    expect(first.secret).not.toBe(second.secret);
    expect((await findActorBySession(first.secret))?.personId).toBe(person.id);
    await deleteSession(first.secret);
    expect(await findActorBySession(first.secret)).toBeNull();
    expect(await findActorBySession(second.secret)).not.toBeNull();
  });

  it('stops guessing after the limit (10 per address per window by default)', async () => {
    const person = await createPerson('een lang wachtwoord');
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await loginWithPassword(person.email, `gok ${i}`, '10.0.0.2'));
    expect(results.slice(0, 10).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(results.slice(10).every((r) => !r.ok && r.reason === 'rate-limited')).toBe(true);
    expect(await loginWithPassword(person.email, 'een lang wachtwoord', '10.0.0.2')).toEqual({ ok: false, reason: 'rate-limited' });
  });

  it('does not let a stranger lock someone out: ten wrong passwords from one client leave another client and the magic link free', async () => {
    const person = await createPerson('een lang wachtwoord');
    for (let i = 0; i < 12; i++) await loginWithPassword(person.email, `gok ${i}`, '10.9.0.1');
    expect(await loginWithPassword(person.email, 'een lang wachtwoord', '10.9.0.1')).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await loginWithPassword(person.email, 'een lang wachtwoord', '10.9.0.2')).toEqual({ ok: true, personId: person.id });
    expect(await requestMagicLink(person.email, '10.9.0.1')).toEqual({ ok: true });
  });

  it('brakes distributed guessing with a per-address ceiling of 10× across all clients', async () => {
    const person = await createPerson('een lang wachtwoord');
    // 99 failures spread over many clients (counted directly: 99 scrypt checks would take long).
    const ceilingKey = passwordRateKeys(person.email, '10.8.0.1').address;
    for (let i = 0; i < 99; i++) await takeRateLimit(ceilingKey, 1000, 900);
    expect(await loginWithPassword(person.email, 'gok', '10.8.0.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(await loginWithPassword(person.email, 'een lang wachtwoord', '10.8.0.2')).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await requestMagicLink(person.email, '10.8.0.2')).toEqual({ ok: true });
  });

  it('does not count a right password against the person', async () => {
    const person = await createPerson('een lang wachtwoord');
    for (let i = 0; i < 12; i++) {
      expect(await loginWithPassword(person.email, 'een lang wachtwoord', '10.7.0.1')).toEqual({ ok: true, personId: person.id });
    }
  });

  it('counts hits atomically under concurrency', async () => {
    const key = `test:${uniqueEmail()}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => takeRateLimit(key, 10, 60)));
    expect(results.filter(Boolean)).toHaveLength(10);
  });
});

describe('magic links', () => {
  it('mails a link that signs in exactly once', async () => {
    const person = await createPerson();
    expect(await requestMagicLink(person.email, '10.0.0.3')).toEqual({ ok: true });
    await drainQueue(mailJobs);
    const mail = await latestMailTo(person.email);
    expect(mail?.subject).toBe('Je aanmeldlink voor Netwerkplein');
    expect(mail?.transport).toBe('outbox');
    const secret = linkSecret(mail?.textBody, '/aanmelden/link');
    expect(await consumeMagicLink(secret)).toBe(person.id);
    expect(await consumeMagicLink(secret)).toBeNull();
  });

  it('says nothing about unknown addresses and sends nothing', async () => {
    const email = uniqueEmail();
    expect(await requestMagicLink(email, '10.0.0.4')).toEqual({ ok: true });
    await drainQueue(mailJobs);
    expect(await latestMailTo(email)).toBeNull();
  });

  it('refuses a made-up token', async () => {
    expect(await consumeMagicLink('not-a-real-token')).toBeNull();
  });
});

describe('password reset', () => {
  it('sets a new password with the mailed link, once, and ends old sessions', async () => {
    const person = await createPerson('het oude wachtwoord');
    const oldSession = await createSession(person.id);
    await requestPasswordReset(person.email, '10.0.0.5');
    await drainQueue(mailJobs);
    const secret = linkSecret((await latestMailTo(person.email))?.textBody, '/wachtwoord-herstellen');
    expect(await resetPasswordWithToken(secret, 'het nieuwe wachtwoord')).toBe(person.id);
    expect(await resetPasswordWithToken(secret, 'nog een ander wachtwoord')).toBeNull();
    expect(await findActorBySession(oldSession.secret)).toBeNull();
    expect(await loginWithPassword(person.email, 'het nieuwe wachtwoord', '10.0.0.5')).toMatchObject({ ok: true });
    expect(await loginWithPassword(person.email, 'het oude wachtwoord', '10.0.0.6')).toMatchObject({ ok: false });
  });

  it('stores only a memory-hard hash, never the password', async () => {
    const person = await createPerson('zichtbaar geheim 123');
    const rows = await database.handle.db.query.people.findFirst({ where: (p, { eq }) => eq(p.id, person.id) });
    expect(rows?.passwordHash).toMatch(/^scrypt\$/);
    expect(rows?.passwordHash).not.toContain('zichtbaar');
    expect(await hashPassword('x')).not.toBe(rows?.passwordHash);
  });
});
