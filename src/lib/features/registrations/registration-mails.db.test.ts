import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activities, activityExtras, organisationBranding, organisations, people } from '$lib/server/db/schema';
import { drainQueue, startQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { findRegistration, findRegistrationMailContext } from './data.server';
import { registrationMail } from './emails/registration-mails';
import { registrationReminderJob } from './jobs.server';
import { cancelAndNotify, registerAndNotify } from './mutations.server';
import { managedRegistration, ownRegistration, registrant, visibleActivity } from '../../../../tests/handles';

// The registration mails go out as mail jobs once the registration committed; we drain the queue
// and read the outbox (no SMTP_URL in these tests).
let database: TestDatabase;
let organisationId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const [org] = await database.handle.db.insert(organisations).values({ slug: 'ouders-en-school', name: 'Ouders & School', contactEmail: 'info@ouders.example' })
    .returning({ id: organisations.id });
  organisationId = org!.id;
});
afterAll(async () => { await database.close(); });
beforeEach(async () => { await drainQueue(mailJobs); });

const title = 'Studiereis Hamburg: Schulmentoren';
let counter = 0;
const startsAt = new Date('2031-11-20T09:00:00Z');

async function createActivity(capacity: number) {
  const slug = `studiereis-hamburg-${++counter}`;
  const [row] = await database.handle.db.insert(activities).values({
    organisationId, slug, kind: 'studiereis', title, capacity, location: 'Hamburg', priceCents: 69500,
    startsAt, endsAt: new Date('2031-11-22T16:00:00Z'), registrationDeadline: new Date('2031-10-15T21:59:00Z')
  }).returning({ id: activities.id });
  const extras = await database.handle.db.insert(activityExtras).values([
    { activityId: row!.id, title: 'Gezamenlijk diner 21 november — op eigen kosten', date: '2031-11-21', capacity: 25 },
    { activityId: row!.id, title: 'Gezamenlijk diner 22 november — op eigen kosten', date: '2031-11-22', capacity: 25 }
  ]).returning({ id: activityExtras.id });
  return { activityId: row!.id, slug, dinner21: extras[0]!.id, dinner22: extras[1]!.id };
}

async function person(name: string) {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const [row] = await database.handle.db.insert(people).values({ email, name }).returning({ id: people.id });
  return { id: row!.id, email, name };
}

async function mailsTo(email: string) {
  await drainQueue(mailJobs);
  return (await listOutbox()).filter((m) => m.recipient === email).reverse();
}

const reminderQueue = 'registrations.reminder.v1';

describe('registration mails', () => {
  it('confirms a registration with the chosen extras by name and the activity as .ics, and schedules the reminder', async () => {
    const { activityId, slug, dinner22 } = await createActivity(10);
    const an = await person('An Peeters');
    const result = await registerAndNotify(registrant(activityId, an.id), { extraIds: [dinner22] });
    expect(result).toMatchObject({ ok: true, status: 'registered' });
    const [mail] = await mailsTo(an.email);
    expect(mail?.subject).toBe(`Inschrijving bevestigd: ${title}`);
    expect(mail?.textBody).toContain('Dag An Peeters,');
    expect(mail?.textBody).toContain('- Gezamenlijk diner 22 november — op eigen kosten');
    expect(mail?.textBody).not.toContain('diner 21 november');
    expect(mail?.textBody).toContain(`/activiteiten/ouders-en-school/${slug}/inschrijven`);
    expect(mail?.attachmentNames).toEqual([`${slug}.ics`]);

    const boss = await startQueue();
    const [reminder] = await boss.findJobs<{ registrationId: string; startsAt: string }>(reminderQueue, { data: { registrationId: result.ok ? result.registrationId : '' } });
    expect(reminder?.data.startsAt).toBe(startsAt.toISOString());
    expect(reminder?.startAfter.getTime()).toBe(startsAt.getTime() - 7 * 86_400_000);
  });

  it('builds a valid calendar entry for the activity', async () => {
    const { activityId } = await createActivity(10);
    const bo = await person('Bo Maes');
    await registerAndNotify(registrant(activityId, bo.id), {});
    await drainQueue(mailJobs);
    const jobs = await (await startQueue()).findJobs<{ attachments?: { content: string }[]; to: string }>('mail.send.v1', { data: { to: bo.email } });
    const ics = jobs[0]?.data.attachments?.[0]?.content ?? '';
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(title);
    expect(event.startDate.toJSDate().getTime()).toBe(startsAt.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(new Date('2031-11-22T16:00:00Z').getTime());
    expect(event.location).toBe('Hamburg');
  });

  it('puts the waiting list and the place in the mail, and mails the promoted person with .ics when a seat frees up', async () => {
    const { activityId, slug } = await createActivity(1);
    const [first, second] = [await person('Els Dupon'), await person('Eva Trogh')];
    await registerAndNotify(registrant(activityId, first.id), {});
    expect(await registerAndNotify(registrant(activityId, second.id), {})).toMatchObject({ ok: true, status: 'waiting' });
    const [waiting] = await mailsTo(second.email);
    expect(waiting?.subject).toBe(`Wachtlijst: ${title}`);
    expect(waiting?.textBody).toContain('op plaats 1');
    expect(waiting?.attachmentNames).toEqual([]);

    expect(await cancelAndNotify(ownRegistration(activityId, first.id))).toMatchObject({ ok: true });
    expect((await mailsTo(first.email)).map((m) => m.subject)).toContain(`Inschrijving geannuleerd: ${title}`);
    const promoted = (await mailsTo(second.email)).find((m) => m.subject === `Er is een plaats vrijgekomen: ${title}`);
    expect(promoted?.attachmentNames).toEqual([`${slug}.ics`]);
    expect((await findRegistration(visibleActivity(activityId), second.id))?.status).toBe('registered');
  });

  it('says so when the organiser cancelled, and still promotes the first in line', async () => {
    const { activityId } = await createActivity(1);
    const [seated, next] = [await person('Pieter Claes'), await person('Hanne Wouters')];
    await registerAndNotify(registrant(activityId, seated.id), {});
    await registerAndNotify(registrant(activityId, next.id), {});
    expect(await cancelAndNotify(managedRegistration(activityId, seated.id), { byOrganiser: true })).toMatchObject({ ok: true });
    // Found by subject: the confirmation went out in the same millisecond, so order says nothing.
    const cancelled = (await mailsTo(seated.email)).find((m) => m.subject === `Inschrijving geannuleerd: ${title}`);
    expect(cancelled?.textBody).toContain(`Ouders & School heeft je inschrijving voor ‘${title}’ geannuleerd.`);
    expect(cancelled?.textBody).toContain('Neem contact op met Ouders & School.');
    expect((await mailsTo(next.email)).map((m) => m.subject)).toContain(`Er is een plaats vrijgekomen: ${title}`);
    expect((await findRegistration(visibleActivity(activityId), next.id))?.status).toBe('registered');
  });

  it('tells a colleague who registered them', async () => {
    const { activityId } = await createActivity(5);
    const [actor, colleague] = [await person('Yusuf Demir'), await person('Lien Segers')];
    await registerAndNotify(registrant(activityId, colleague.id, actor.id), {});
    const [mail] = await mailsTo(colleague.email);
    expect(mail?.subject).toBe(`Inschrijving bevestigd: ${title}`);
    expect(mail?.textBody).toContain(`Yusuf Demir schreef je in voor ‘${title}’ van Ouders & School.`);
    expect(await mailsTo(actor.email)).toEqual([]);
  });

  it('reminds a week before only whoever is still registered, and only for the start it was made for', async () => {
    const { activityId } = await createActivity(5);
    const [stays, leaves] = [await person('Koen Peeters'), await person('Griet Vermeulen')];
    const kept = await registerAndNotify(registrant(activityId, stays.id), {});
    const gone = await registerAndNotify(registrant(activityId, leaves.id), {});
    if (!kept.ok || !gone.ok) throw new Error('registered');
    await cancelAndNotify(ownRegistration(activityId, leaves.id));
    await mailsTo(stays.email);

    await registrationReminderJob.handler({ registrationId: gone.registrationId, startsAt: startsAt.toISOString() }, crypto.randomUUID());
    await registrationReminderJob.handler({ registrationId: kept.registrationId, startsAt: startsAt.toISOString() }, crypto.randomUUID());
    expect((await mailsTo(leaves.email)).map((m) => m.subject)).not.toContain(`Over een week: ${title}`);
    const reminder = (await mailsTo(stays.email)).at(-1);
    expect(reminder?.subject).toBe(`Over een week: ${title}`);
    expect(reminder?.attachmentNames).toHaveLength(1);

    const before = (await mailsTo(stays.email)).length;
    await database.handle.db.update(activities).set({ startsAt: new Date('2031-11-27T09:00:00Z') }).where(eq(activities.id, activityId));
    await registrationReminderJob.handler({ registrationId: kept.registrationId, startsAt: startsAt.toISOString() }, crypto.randomUUID());
    expect(await mailsTo(stays.email)).toHaveLength(before);
  });

  it('queues one reminder per registration, also after cancelling and registering again', async () => {
    const { activityId } = await createActivity(5);
    const nadia = await person('Nadia El Amrani');
    const result = await registerAndNotify(registrant(activityId, nadia.id), {});
    await cancelAndNotify(ownRegistration(activityId, nadia.id));
    await registerAndNotify(registrant(activityId, nadia.id), {});
    const jobs = await (await startQueue()).findJobs(reminderQueue, { data: { registrationId: result.ok ? result.registrationId : '' } });
    expect(jobs).toHaveLength(1);
  });

  it('gives the mail an HTML part with the organisation’s name and logo, beside the same text', async () => {
    const { activityId } = await createActivity(10);
    const jo = await person('Jo Claes');
    const plain = await registerAndNotify(registrant(activityId, jo.id), { extraIds: [] });
    expect(plain).toMatchObject({ ok: true });
    const registration = await findRegistration(visibleActivity(activityId), jo.id);
    const before = registrationMail('confirmation', (await findRegistrationMailContext(registration!.id))!, 'https://np.example');
    expect(before.html).toContain('Ouders &amp; School');
    expect(before.html).not.toContain('<img');

    await database.handle.db.insert(organisationBranding).values({ organisationId, accent: '#1b5e20', logo: new Uint8Array([1]), logoType: 'image/png', logoHash: 'ab'.repeat(32) });
    const mail = registrationMail('confirmation', (await findRegistrationMailContext(registration!.id))!, 'https://np.example');
    expect(mail.html).toContain(`<img src="https://np.example/organisaties/ouders-en-school/logo?v=${'ab'.repeat(6)}&amp;formaat=png" alt="Ouders &amp; School"`);
    expect(mail.html).toContain('#1b5e20');
    expect(mail.text).toBe(before.text);
    expect(mail.text).toContain('Dag Jo Claes,');
  });
});
