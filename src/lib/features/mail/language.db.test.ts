import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activities, learningNetworkMembers, learningNetworks, meetings, networks, organisations, people, schoolStaff } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildSchool, uniqueEmail } from '../../../../tests/factories';
import { meetingNotifyJob } from '../meetings/jobs.server';
import { rememberLanguage, requestMagicLink } from '../people/mutations.server';
import { registrationReminderJob } from '../registrations/jobs.server';
import { registerAndNotify } from '../registrations/mutations.server';
import { createSchool } from '../schools/mutations.server';
import { listOutbox } from './data.server';
import { mailJobs } from './jobs.server';
import { registrant } from '../../../../tests/handles';

// Mails go out in the recipient's language (ADR 024): the one stored on the person, which the
// language cookie sets at sign-in and on a switch. The jobs read it when they render the mail.
let database: TestDatabase;
let activityId: string;
let organisationId: string;
const title = 'Studiereis Hamburg: Schulmentoren';
const startsAt = new Date('2031-11-20T09:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  const [org] = await database.handle.db.insert(organisations).values({ slug: 'ouders-en-school', name: 'Ouders & School' })
    .returning({ id: organisations.id });
  organisationId = org!.id;
  const [activity] = await database.handle.db.insert(activities).values({
    organisationId, slug: 'studiereis-hamburg', kind: 'studiereis', title, capacity: 10, location: 'Hamburg', priceCents: 69500,
    startsAt, endsAt: new Date('2031-11-20T15:00:00Z'), registrationDeadline: new Date('2031-10-15T21:59:00Z')
  }).returning({ id: activities.id });
  activityId = activity!.id;
});
afterAll(async () => { await database.close(); });
beforeEach(async () => { await drainQueue(mailJobs); });

async function person(name: string, locale?: 'nl' | 'en') {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const [row] = await database.handle.db.insert(people).values({ email, name, ...(locale ? { locale } : {}) }).returning({ id: people.id });
  return { id: row!.id, email, name };
}

async function mailsTo(email: string) {
  await drainQueue(mailJobs);
  return (await listOutbox()).filter((m) => m.recipient === email).reverse();
}

describe('mail language', () => {
  it('writes a registration confirmation in English to an English-speaking person, in Dutch to a Dutch one', async () => {
    const emma = await person('Emma Smith', 'en');
    const an = await person('An Peeters');
    await registerAndNotify(registrant(activityId, emma.id), {});
    await registerAndNotify(registrant(activityId, an.id), {});

    const [english] = await mailsTo(emma.email);
    expect(english?.subject).toBe(`Registration confirmed: ${title}`);
    expect(english?.textBody).toContain('Hello Emma Smith,');
    expect(english?.textBody).toMatch(/Thursday,? 20 November 2031 from 10:00 to 16:00/);
    expect(english?.textBody).toContain('€ 695,-');
    expect(english?.textBody).not.toContain('Dag ');

    const [dutch] = await mailsTo(an.email);
    expect(dutch?.subject).toBe(`Inschrijving bevestigd: ${title}`);
    expect(dutch?.textBody).toContain('Dag An Peeters,');
    expect(dutch?.textBody).toContain('donderdag 20 november 2031 van 10:00 tot 16:00');
    expect(dutch?.textBody).toContain('€ 695,-');
  });

  it('stores Dutch by default, remembers a switch, and a job renders in the language of when it runs', async () => {
    const jan = await person('Jan Janssens');
    const [stored] = await database.handle.db.select({ locale: people.locale }).from(people).where(eq(people.id, jan.id));
    expect(stored?.locale).toBe('nl');
    const registered = await registerAndNotify(registrant(activityId, jan.id), {});
    if (!registered.ok) throw new Error('registration failed');

    await rememberLanguage(jan.id, 'en');
    await registrationReminderJob.handler({ registrationId: registered.registrationId, startsAt: startsAt.toISOString() }, crypto.randomUUID());
    const reminder = (await mailsTo(jan.email)).at(-1);
    expect(reminder?.subject).toBe(`In one week: ${title}`);
    expect(reminder?.textBody).toContain('Hello Jan Janssens,');
  });

  it('sends the sign-in link in the person’s language', async () => {
    const emma = await person('Emma Jones', 'en');
    const an = await person('An Maes');
    await requestMagicLink(emma.email, '192.0.2.10');
    await requestMagicLink(an.email, '192.0.2.11');
    expect((await mailsTo(emma.email))[0]?.subject).toBe('Your sign-in link for Netwerkplein');
    expect((await mailsTo(an.email))[0]?.subject).toBe('Je aanmeldlink voor Netwerkplein');

    await rememberLanguage(emma.id, 'nl');
    await requestMagicLink(emma.email, '192.0.2.12');
    expect((await mailsTo(emma.email)).at(-1)?.subject).toBe('Je aanmeldlink voor Netwerkplein');
  });

  it('fans a meeting invitation out in each staff member’s own language', async () => {
    const db = database.handle.db;
    const [network] = await db.insert(networks).values({ organisationId, slug: 'mantelzorg', name: 'Scholennetwerk jonge mantelzorgers' }).returning({ id: networks.id });
    const [cohort] = await db.insert(learningNetworks).values({ networkId: network!.id, schoolYear: 2031, formedFromYear: 2030 }).returning({ id: learningNetworks.id });
    const school = await createSchool(buildSchool());
    if (!school.ok) throw new Error('school');
    await db.insert(learningNetworkMembers).values({ learningNetworkId: cohort!.id, schoolId: school.id });
    const emma = await person('Emma Brown', 'en');
    const ilse = await person('Ilse Jacobs');
    await db.insert(schoolStaff).values([emma, ilse].map((p) => ({ personId: p.id, schoolId: school.id, access: 'staff' as const, schoolRole: 'leerkracht' as const })));
    const meetingStart = new Date('2031-10-07T13:30:00Z');
    const [meeting] = await db.insert(meetings).values({ learningNetworkId: cohort!.id, sequence: 1, startsAt: meetingStart, learningQuestion: 'Hoe herkennen we jonge mantelzorgers?' })
      .returning({ id: meetings.id });

    await meetingNotifyJob.handler({ meetingId: meeting!.id, kind: 'invitation', startsAt: meetingStart.toISOString() }, crypto.randomUUID());
    const [english] = await mailsTo(emma.email);
    expect(english?.subject).toBe('Invitation: meeting 1 of the learning network Scholennetwerk jonge mantelzorgers');
    expect(english?.textBody).toMatch(/When: Tuesday,? 7 October 2031 at 15:30/);
    const [dutch] = await mailsTo(ilse.email);
    expect(dutch?.subject).toBe('Uitnodiging: bijeenkomst 1 van het lerend netwerk Scholennetwerk jonge mantelzorgers');
    expect(dutch?.textBody).toContain('dinsdag 7 oktober 2031 om 15.30 uur');
  });
});
