import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcAttempts, people, personIdentities, signUps } from '$lib/server/db/schema';
import { db } from '$lib/server/db/client';
import type { ExternalIdentity } from '$lib/server/auth/oidc';
import { startQueue, startWorkers, stopQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { findOrCreatePerson } from '../people/mutations.server';
import { accountRequestsCleanupJob } from './jobs.server';
import { signInWithIdentity, storeOidcAttempt, takeOidcAttempt } from './mutations.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

function identity(overrides: Partial<ExternalIdentity> = {}): ExternalIdentity {
  return {
    provider: 'microsoft', subject: crypto.randomUUID(), email: uniqueEmail('extern'), emailVerified: true,
    name: 'Lotte Peeters', verifiedTenant: '9188040d-6c67-4c5b-b112-36a304b66dad', ...overrides
  };
}

const identitiesOf = (personId: string) => db().select().from(personIdentities).where(eq(personIdentities.personId, personId));

describe('signing in with Microsoft or Google', () => {
  it('links a first sign-in with a verified address to the account with that address, and keeps the tenant', async () => {
    const email = uniqueEmail('bestaand');
    const person = await db().transaction((tx) => findOrCreatePerson(tx, email, 'An Bestaand'));
    const first = identity({ email: email.toUpperCase(), name: 'Iets Anders' });
    expect(await signInWithIdentity(first)).toEqual({ ok: true, personId: person.id });
    const [linked] = await identitiesOf(person.id);
    expect(linked).toMatchObject({ provider: 'microsoft', subject: first.subject, email, verifiedTenant: first.verifiedTenant });
    // The account keeps its own name.
    expect((await db().select().from(people).where(eq(people.id, person.id)))[0]?.name).toBe('An Bestaand');
  });

  it('uses the subject from then on, not the address the provider now gives', async () => {
    const first = identity({ provider: 'google', verifiedTenant: 'school.example' });
    const signedIn = await signInWithIdentity(first);
    if (!signedIn.ok) throw new Error('first sign-in refused');
    // The address changed at the provider, and is not even verified any more: the subject still signs in.
    expect(await signInWithIdentity({ ...first, email: uniqueEmail('ander'), emailVerified: false })).toEqual(signedIn);
    // Someone else's subject with this person's address is a different identity, linked by address.
    expect(await identitiesOf(signedIn.personId)).toHaveLength(1);
  });

  it('creates an account for a verified address that has none, with the provider\'s name', async () => {
    const fresh = identity({ provider: 'google', name: 'Jan Nieuw', verifiedTenant: null });
    const signedIn = await signInWithIdentity(fresh);
    if (!signedIn.ok) throw new Error('refused');
    const [person] = await db().select().from(people).where(eq(people.id, signedIn.personId));
    expect(person).toMatchObject({ email: fresh.email, name: 'Jan Nieuw', passwordHash: null });
  });

  it('refuses an unverified or missing address and writes nothing', async () => {
    const email = uniqueEmail('onbevestigd');
    const existing = await db().transaction((tx) => findOrCreatePerson(tx, email, 'An Bestaand'));
    expect(await signInWithIdentity(identity({ email, emailVerified: false }))).toEqual({ ok: false, reason: 'email-unverified' });
    expect(await signInWithIdentity(identity({ email: null }))).toEqual({ ok: false, reason: 'email-unverified' });
    expect(await signInWithIdentity(identity({ email: 'geen adres' }))).toEqual({ ok: false, reason: 'email-unverified' });
    const unknown = uniqueEmail('onbekend');
    expect(await signInWithIdentity(identity({ email: unknown, emailVerified: false }))).toEqual({ ok: false, reason: 'email-unverified' });
    expect(await identitiesOf(existing.id)).toEqual([]);
    expect(await db().select().from(people).where(eq(people.email, unknown))).toEqual([]);
  });

  it('lets a sign-in attempt be taken once, for its own provider, before it expires', async () => {
    const checks = { state: 'state-1', nonce: 'nonce-1', codeVerifier: 'verifier-1' };
    const attempt = await storeOidcAttempt('microsoft', checks, '/werkruimte');
    expect(await takeOidcAttempt(attempt.id, 'google')).toBeNull();
    expect(await takeOidcAttempt(attempt.id, 'microsoft')).toEqual({ ...checks, returnTo: '/werkruimte' });
    expect(await takeOidcAttempt(attempt.id, 'microsoft')).toBeNull();
    const old = await storeOidcAttempt('google', checks, '/');
    await db().update(oidcAttempts).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await takeOidcAttempt(old.id, 'google')).toBeNull();
  });
});

describe('the account requests clean-up', () => {
  it('deletes sign-ups unconfirmed for 7 days and abandoned sign-in attempts, keeps live ones, and is idempotent', async () => {
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 86_400_000);
    await db().delete(oidcAttempts);
    await db().insert(signUps).values([
      { tokenHash: 'aanvraag-verlopen', email: uniqueEmail(), name: 'Oud', expiresAt: past },
      { tokenHash: 'aanvraag-geldig', email: uniqueEmail(), name: 'Nieuw', expiresAt: future }
    ]);
    const checks = { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/' };
    await db().insert(oidcAttempts).values([
      { idHash: 'poging-verlopen', provider: 'microsoft', ...checks, expiresAt: past },
      { idHash: 'poging-geldig', provider: 'google', ...checks, expiresAt: future }
    ]);
    await accountRequestsCleanupJob.handler({}, crypto.randomUUID());
    const hashes = (await db().select().from(signUps)).map((s) => s.tokenHash);
    expect(hashes).toContain('aanvraag-geldig');
    expect(hashes).not.toContain('aanvraag-verlopen');
    expect((await db().select().from(oidcAttempts)).map((a) => a.idHash)).toEqual(['poging-geldig']);
    await accountRequestsCleanupJob.handler({}, crypto.randomUUID());
    expect((await db().select().from(oidcAttempts))).toHaveLength(1);
  });

  it('is put on pg-boss cron when the workers start', async () => {
    await startWorkers([accountRequestsCleanupJob]);
    const schedules = await (await startQueue()).getSchedules();
    expect(schedules.map((s) => [s.name, s.cron])).toContainEqual(['accounts.cleanup.v1', accountRequestsCleanupJob.schedule]);
    await stopQueue();
  });
});
