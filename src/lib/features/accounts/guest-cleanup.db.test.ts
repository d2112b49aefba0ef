import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityReactions, organisations, people, registrations } from '$lib/server/db/schema';
import { db } from '$lib/server/db/client';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertPerson, uniqueEmail } from '../../../../tests/factories';
import { guestRegistrant } from '../../../../tests/handles';
import { hashSecret } from '$lib/server/auth/tokens';
import { accountRequestsCleanupJob, unconfirmedRegistrationsReleaseJob } from './jobs.server';
import { confirmGuestRegistration, registerAsGuest } from './mutations.server';

// ADR 033: the hourly clean-up removes a person that a registration without an account made, once
// that registration lapsed unconfirmed and nothing else refers to the person.
let database: TestDatabase;
let activityId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const [org] = await db().insert(organisations).values({ slug: 'opruimen', name: 'Opruimen' }).returning({ id: organisations.id });
  const [row] = await db().insert(activities).values({
    organisationId: org!.id, slug: 'studiedag-opruimen', kind: 'studiedag', title: 'Studiedag', capacity: 20,
    startsAt: new Date(Date.now() + 60 * 86_400_000), endsAt: new Date(Date.now() + 61 * 86_400_000),
    registrationDeadline: new Date(Date.now() + 30 * 86_400_000)
  }).returning({ id: activities.id });
  activityId = row!.id;
});
afterAll(async () => { await database.close(); });

let clients = 0;
async function guest(email: string) {
  const result = await registerAsGuest(guestRegistrant(activityId), { name: 'Gast', email }, { client: `10.9.0.${++clients}`, locale: 'nl', notify: false });
  expect(result).toEqual({ ok: true });
}

const exists = async (email: string) => (await db().$count(people, eq(people.email, email))) === 1;

async function releaseAll() {
  await db().update(registrations).set({ releaseAt: new Date(Date.now() - 1000) })
    .where(and(eq(registrations.activityId, activityId), isNotNull(registrations.releaseAt)));
  await unconfirmedRegistrationsReleaseJob.handler({}, crypto.randomUUID());
}

describe('the clean-up of people made by unconfirmed guest registrations', () => {
  it('removes a lapsed guest and keeps the confirmed, the pending, the referenced and those who had an account', async () => {
    const [lapsed, confirmed, pending, reacted] = ['verlopen', 'bevestigd', 'wachtend', 'reageerde'].map((p) => uniqueEmail(p)) as [string, string, string, string];
    const existing = await insertPerson();
    for (const email of [lapsed, confirmed, reacted, existing.email]) await guest(email);
    // Confirmed by the mailed link: the secret is not in the row, so the test sets a known one.
    const [own] = await db().select({ id: registrations.id }).from(registrations).innerJoin(people, eq(people.id, registrations.personId)).where(eq(people.email, confirmed));
    await db().update(registrations).set({ confirmTokenHash: hashSecret('bevestig-mij') }).where(eq(registrations.id, own!.id));
    expect((await confirmGuestRegistration('bevestig-mij')).ok).toBe(true);
    // Someone else refers to this one (a reaction), so it stays even after its registration lapsed.
    const [reactor] = await db().select({ id: people.id }).from(people).where(eq(people.email, reacted));
    await db().insert(activityReactions).values({ activityId, personId: reactor!.id, body: 'Tot dan!' });
    await releaseAll();
    await guest(pending);

    // Before the clean-up the lapsed guest is still there; the release alone removes nobody.
    expect(await exists(lapsed)).toBe(true);
    await accountRequestsCleanupJob.handler({}, crypto.randomUUID());
    expect(await exists(lapsed)).toBe(false);
    expect(await db().$count(registrations, eq(registrations.activityId, activityId))).toBe(4);
    for (const email of [confirmed, pending, reacted, existing.email]) expect(await exists(email), email).toBe(true);
    // Idempotent: a second run removes nobody else.
    await accountRequestsCleanupJob.handler({}, crypto.randomUUID());
    for (const email of [confirmed, pending, reacted, existing.email]) expect(await exists(email), email).toBe(true);
  });
});
