import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, mails, organisations, people, registrations } from '$lib/server/db/schema';
import { db } from '$lib/server/db/client';
import { drainQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { guestRegistrant, registrant, visibleActivity } from '../../../../tests/handles';
import { unconfirmedRegistrationsReleaseJob } from '../accounts/jobs.server';
import { mailJobs } from '../mail/jobs.server';
import { loginWithPassword } from '../people/mutations.server';
import { countRegistrations } from './data.server';
import { confirmGuestRegistration, registerAsGuest } from '../accounts/mutations.server';
import { registerAndNotify } from './mutations.server';

let database: TestDatabase;
let organisationId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const [org] = await db().insert(organisations).values({ slug: 'gasten', name: 'Gasten' }).returning({ id: organisations.id });
  organisationId = org!.id;
});
afterAll(async () => { await database.close(); });

let counter = 0;
async function createActivity(capacity: number, guestConfirmHours = 48): Promise<string> {
  const [row] = await db().insert(activities).values({
    organisationId, slug: `gast-${++counter}`, kind: 'studiereis', title: `Studiedag ${counter}`, capacity, guestConfirmHours,
    startsAt: new Date(Date.now() + 60 * 86_400_000), endsAt: new Date(Date.now() + 61 * 86_400_000),
    registrationDeadline: new Date(Date.now() + 30 * 86_400_000)
  }).returning({ id: activities.id });
  return row!.id;
}

let clients = 0;
const guest = (activityId: string, email: string, extra: { interest?: boolean; name?: string } = {}) =>
  registerAsGuest(guestRegistrant(activityId), { name: extra.name ?? 'Gast Persoon', email }, { client: `10.7.0.${++clients}`, locale: 'nl', interest: extra.interest });

async function mailsTo(email: string) {
  await drainQueue(mailJobs);
  return db().select().from(mails).where(eq(mails.recipient, email)).orderBy(mails.createdAt);
}

function confirmSecret(text: string | undefined): string {
  const secret = text?.match(/\/inschrijving\/bevestigen\/([\w-]+)/)?.[1];
  if (!secret) throw new Error('no confirmation link in mail');
  return secret;
}

const registrationOf = async (activityId: string, email: string) => (await db().select({ status: registrations.status, releaseAt: registrations.releaseAt })
  .from(registrations).innerJoin(people, eq(people.id, registrations.personId))
  .where(and(eq(registrations.activityId, activityId), eq(people.email, email))))[0];

describe('registering without an account', () => {
  it('holds the seat at once, unconfirmed, with the organiser\'s deadline; the link confirms it and mails the confirmation', async () => {
    const activityId = await createActivity(1, 24);
    const email = uniqueEmail('gast');
    const before = Date.now();
    expect(await guest(activityId, email)).toEqual({ ok: true });
    expect(await countRegistrations(visibleActivity(activityId))).toMatchObject({ registered: 1, seatsTaken: 1 });
    const held = await registrationOf(activityId, email);
    expect(held?.status).toBe('registered');
    expect(held!.releaseAt!.getTime() - before).toBeGreaterThanOrEqual(24 * 3_600_000 - 1000);
    expect(held!.releaseAt!.getTime() - before).toBeLessThan(24 * 3_600_000 + 60_000);
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toMatch(/^Bevestig je inschrijving/);
    // The person exists (for the registration) but has no password to sign in with.
    expect(await loginWithPassword(email, 'om het even welk', '10.7.9.1')).toMatchObject({ ok: false });
    const confirmed = await confirmGuestRegistration(confirmSecret(mail?.textBody));
    expect(confirmed.ok).toBe(true);
    expect((await registrationOf(activityId, email))?.releaseAt).toBeNull();
    expect((await mailsTo(email)).map((m) => m.subject)).toEqual([mail?.subject, expect.stringMatching(/^Inschrijving bevestigd/)]);
    // The link works once.
    expect(await confirmGuestRegistration(confirmSecret(mail?.textBody))).toEqual({ ok: false, reason: 'token-invalid' });
  });

  it('releases an unconfirmed seat after its deadline through the seat engine: the first in line is promoted and mailed', async () => {
    const activityId = await createActivity(1);
    const email = uniqueEmail('laat');
    await guest(activityId, email);
    const [waiter] = await db().insert(people).values({ email: uniqueEmail('wachtend'), name: 'Wachtende' }).returning();
    expect(await registerAndNotify(registrant(activityId, waiter!.id), {})).toMatchObject({ ok: true, status: 'waiting' });
    const [mail] = await mailsTo(email);
    // Not yet past the deadline: the job leaves it alone.
    await unconfirmedRegistrationsReleaseJob.handler({}, crypto.randomUUID());
    expect(await countRegistrations(visibleActivity(activityId))).toMatchObject({ registered: 1, waiting: 1, seatsTaken: 1 });
    await db().update(registrations).set({ releaseAt: new Date(Date.now() - 1000) }).where(and(eq(registrations.activityId, activityId), isNotNull(registrations.releaseAt)));
    await unconfirmedRegistrationsReleaseJob.handler({}, crypto.randomUUID());
    expect(await countRegistrations(visibleActivity(activityId))).toMatchObject({ registered: 1, cancelled: 1, seatsTaken: 1 });
    expect((await mailsTo(waiter!.email)).map((m) => m.subject)).toContainEqual(expect.stringMatching(/^Er is een plaats vrijgekomen/));
    expect((await mailsTo(email)).map((m) => m.subject)).toContainEqual(expect.stringMatching(/^Inschrijving vervallen/));
    // Released: the link no longer confirms anything, and the job is idempotent.
    expect(await confirmGuestRegistration(confirmSecret(mail?.textBody))).toEqual({ ok: false, reason: 'token-invalid' });
    await unconfirmedRegistrationsReleaseJob.handler({}, crypto.randomUUID());
    expect(await countRegistrations(visibleActivity(activityId))).toMatchObject({ registered: 1, cancelled: 1, seatsTaken: 1 });
  });

  it('does not tell an existing address apart: its owner gets the same link, their account and password stay as they were', async () => {
    const activityId = await createActivity(5);
    const email = uniqueEmail('bestaand');
    const [owner] = await db().insert(people).values({ email, name: 'Echte Eigenaar' }).returning();
    expect(await guest(activityId, email, { name: 'Een Vreemde' })).toEqual({ ok: true });
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toMatch(/^Bevestig je inschrijving/);
    expect((await db().select().from(people).where(eq(people.id, owner!.id)))[0]?.name).toBe('Echte Eigenaar');
    // Already registered: the same answer, and nothing more is written or sent.
    expect(await guest(activityId, email)).toEqual({ ok: true });
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('sends at most one confirmation mail per address per hour; a further post holds nothing', async () => {
    const first = await createActivity(5);
    const second = await createActivity(5);
    const email = uniqueEmail('eenmaal');
    expect(await guest(first, email)).toEqual({ ok: true });
    expect(await guest(second, email)).toEqual({ ok: true });
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await countRegistrations(visibleActivity(second))).toMatchObject({ seatsTaken: 0 });
    expect(await db().select().from(registrations).where(eq(registrations.activityId, second))).toEqual([]);
  });

  it('shows interest the same way: no seat, confirmed by the link, lapses unconfirmed', async () => {
    const activityId = await createActivity(5);
    const email = uniqueEmail('interesse');
    expect(await guest(activityId, email, { interest: true })).toEqual({ ok: true });
    expect(await countRegistrations(visibleActivity(activityId))).toMatchObject({ interest: 1, seatsTaken: 0 });
    const [mail] = await mailsTo(email);
    expect((await confirmGuestRegistration(confirmSecret(mail?.textBody))).ok).toBe(true);
    const other = uniqueEmail('interesse-laat');
    await guest(activityId, other, { interest: true });
    await db().update(registrations).set({ releaseAt: new Date(Date.now() - 1000) }).where(and(eq(registrations.activityId, activityId), isNotNull(registrations.releaseAt)));
    await unconfirmedRegistrationsReleaseJob.handler({}, crypto.randomUUID());
    expect(await countRegistrations(visibleActivity(activityId))).toMatchObject({ interest: 1, cancelled: 1 });
  });

  it('refuses a closed activity and writes nothing (no person either)', async () => {
    const activityId = await createActivity(5);
    await db().update(activities).set({ registrationDeadline: new Date(Date.now() - 1000) }).where(eq(activities.id, activityId));
    const email = uniqueEmail('gesloten');
    expect(await guest(activityId, email)).toEqual({ ok: false, reason: 'closed' });
    expect(await db().select().from(people).where(eq(people.email, email))).toEqual([]);
  });
});
