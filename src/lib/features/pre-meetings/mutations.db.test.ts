import ICAL from 'ical.js';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityPreMeetings, activityPreMeetingVotes, organisations, people, registrations } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandOrganisation, type AuthorizedOrgId } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, uniqueEmail } from '../../../../tests/factories';
import { managedActivity, preMeetingParticipant } from '../../../../tests/handles';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { findPreMeeting, isParticipant, listOwnQuestions, listOwnVotes, listPoll, listQuestions, listTallies } from './data.server';
import {
  addPreMeetingOption, askPreMeetingQuestion, castPreMeetingVotes, deletePreMeetingQuestion, pickPreMeetingOption,
  removePreMeetingOption, savePreMeetingSettings, setPreMeetingQuestionTheme
} from './mutations.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const now = new Date('2031-09-01T10:00:00Z');
const link = { onlineUrl: 'https://meet.example.org/voorbereiding', durationMinutes: 45 };
// The handles the access modules mint (ADR 020). One naming another organisation is refused in SQL too.
const organiser = (organisationId: AuthorizedOrgId, activityId: string) => managedActivity(activityId, organisationId);
const participant = preMeetingParticipant;

async function createOrganisation(): Promise<AuthorizedOrgId> {
  const { slug, name } = buildOrganisation();
  const [row] = await database.handle.db.insert(organisations).values({ slug, name }).returning({ id: organisations.id });
  return brandOrganisation(row!.id);
}

/** An activity of its own organisation with people in every registration status. */
async function tripWithPeople() {
  const orgId = await createOrganisation();
  const otherOrgId = await createOrganisation();
  const [activity] = await database.handle.db.insert(activities).values({
    organisationId: orgId, slug: `hamburg-${Math.random().toString(36).slice(2)}`, kind: 'studiereis', title: 'Studiereis Hamburg', capacity: 25,
    startsAt: new Date('2031-11-20T09:00:00Z'), endsAt: new Date('2031-11-22T16:00:00Z'), registrationDeadline: new Date('2031-10-31T22:59:00Z')
  }).returning({ id: activities.id });
  const statuses = ['registered', 'attended', 'waiting', 'interest', 'cancelled'] as const;
  const persons: Record<(typeof statuses)[number], { id: string; email: string }> = {} as never;
  for (const status of statuses) {
    const email = uniqueEmail(status);
    const [person] = await database.handle.db.insert(people).values({ email, name: `Deelnemer ${status}` }).returning({ id: people.id });
    await database.handle.db.insert(registrations).values({ activityId: activity!.id, personId: person!.id, status });
    persons[status] = { id: person!.id, email };
  }
  return { orgId, otherOrgId, activityId: activity!.id, persons };
}

async function propose(orgId: AuthorizedOrgId, activityId: string, iso: string): Promise<string> {
  const result = await addPreMeetingOption(organiser(orgId, activityId), new Date(iso), { now, confirmed: true });
  if (!result.ok) throw new Error(result.reason);
  return result.optionId;
}

/** The .ics sent in each mail job, read back from the queue. */
async function sentCalendars(email: string) {
  const rows = await database.handle.db.execute(sql`select data from pgboss.job where name = 'mail.bulk.v1' and data->>'to' = ${email} order by created_on`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { data: { attachments?: { content: string }[] } }[];
  return list.map((r) => new ICAL.Event(new ICAL.Component(ICAL.parse(r.data.attachments![0]!.content)).getFirstSubcomponent('vevent')!));
}

describe('the pre-meeting poll', () => {
  it('lets only participants vote; a new answer overwrites the old one; counts hold only current participants', async () => {
    const { orgId, activityId, persons } = await tripWithPeople();
    const a = await propose(orgId, activityId, '2031-10-05T17:00:00Z');
    const b = await propose(orgId, activityId, '2031-10-07T10:30:00Z');
    expect(await isParticipant(activityId, persons.registered.id)).toBe(true);
    expect(await isParticipant(activityId, persons.attended.id)).toBe(true);
    for (const outsider of [persons.waiting, persons.interest, persons.cancelled]) {
      expect(await isParticipant(activityId, outsider.id)).toBe(false);
      expect(await castPreMeetingVotes(participant(activityId, outsider.id), [{ optionId: a, answer: 'yes' }])).toEqual({ ok: false, reason: 'not-participant' });
    }

    expect(await castPreMeetingVotes(participant(activityId, persons.registered.id), [{ optionId: a, answer: 'yes' }, { optionId: b, answer: 'no' }])).toEqual({ ok: true });
    expect(await castPreMeetingVotes(participant(activityId, persons.registered.id), [{ optionId: a, answer: 'maybe' }])).toEqual({ ok: true });
    expect(await castPreMeetingVotes(participant(activityId, persons.attended.id), [{ optionId: b, answer: 'yes' }])).toEqual({ ok: true });
    expect(await listOwnVotes(participant(activityId, persons.registered.id))).toEqual({ [a]: 'maybe', [b]: 'no' });
    expect((await listTallies(participant(activityId, persons.registered.id))).map(({ yes, maybe, no }) => ({ yes, maybe, no }))).toEqual([{ yes: 0, maybe: 1, no: 0 }, { yes: 1, maybe: 0, no: 1 }]);
    const poll = await listPoll(organiser(orgId, activityId));
    expect(poll.votes.filter((v) => v.optionId === b).map((v) => [v.name, v.answer])).toEqual([['Deelnemer attended', 'yes'], ['Deelnemer registered', 'no']]);

    // Someone who cancels no longer decides the date.
    await database.handle.db.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.personId, persons.attended.id));
    expect((await listTallies(participant(activityId, persons.registered.id)))[1]).toMatchObject({ yes: 0, no: 1 });
    expect(await castPreMeetingVotes(participant(activityId, persons.attended.id), [{ optionId: b, answer: 'yes' }])).toEqual({ ok: false, reason: 'not-participant' });

    // Only the access modules' handles type-check: a plain activity and person id (or organisation and activity id) do not.
    // @ts-expect-error a vote takes the PreMeetingParticipant that requirePreMeetingParticipant mints
    const voteWithPlainIds = () => castPreMeetingVotes(activityId, persons.registered.id, [{ optionId: a, answer: 'yes' }]);
    // @ts-expect-error the organiser's pick takes the ManagedActivity that requireManagedActivity mints
    const pickWithPlainIds = () => pickPreMeetingOption(orgId, activityId, a, now);
    expect([voteWithPlainIds, pickWithPlainIds].map((f) => typeof f)).toEqual(['function', 'function']);
  });

  it('refuses votes for a date of another activity, and once the date is chosen', async () => {
    const first = await tripWithPeople();
    const second = await tripWithPeople();
    const foreign = await propose(second.orgId, second.activityId, '2031-10-05T17:00:00Z');
    const own = await propose(first.orgId, first.activityId, '2031-10-05T17:00:00Z');
    expect(await castPreMeetingVotes(participant(first.activityId, first.persons.registered.id), [{ optionId: foreign, answer: 'yes' }])).toEqual({ ok: false, reason: 'not-found' });
    await savePreMeetingSettings(organiser(first.orgId, first.activityId), link);
    expect((await pickPreMeetingOption(organiser(first.orgId, first.activityId), own, now)).ok).toBe(true);
    expect(await castPreMeetingVotes(participant(first.activityId, first.persons.registered.id), [{ optionId: own, answer: 'yes' }])).toEqual({ ok: false, reason: 'closed' });
  });

  it('proposes dates only in the future, before the activity, without duplicates', async () => {
    const { orgId, activityId } = await tripWithPeople();
    expect(await addPreMeetingOption(organiser(orgId, activityId), new Date('2031-08-01T17:00:00Z'), { now })).toEqual({ ok: false, reason: 'past' });
    expect(await addPreMeetingOption(organiser(orgId, activityId), new Date('2031-11-20T09:00:00Z'), { now })).toEqual({ ok: false, reason: 'after-activity' });
    await propose(orgId, activityId, '2031-10-05T17:00:00Z');
    expect(await addPreMeetingOption(organiser(orgId, activityId), new Date('2031-10-05T17:00:00Z'), { now, confirmed: true })).toEqual({ ok: false, reason: 'duplicate' });
    expect((await listPoll(organiser(orgId, activityId))).options).toHaveLength(1);
  });

  it('asks to confirm a candidate date in the weekend or the holidays before adding it', async () => {
    const { orgId, activityId } = await tripWithPeople();
    expect(await addPreMeetingOption(organiser(orgId, activityId), new Date('2031-10-04T17:00:00Z'), { now })).toEqual({ ok: false, reason: 'calendar', concern: 'notSchoolDay_weekend' });
    expect(await addPreMeetingOption(organiser(orgId, activityId), new Date('2031-10-29T17:00:00Z'), { now })).toEqual({ ok: false, reason: 'calendar', concern: 'notSchoolDay_herfstvakantie' });
    expect((await listPoll(organiser(orgId, activityId))).options).toHaveLength(0);
    expect(await addPreMeetingOption(organiser(orgId, activityId), new Date('2031-10-07T17:00:00Z'), { now })).toMatchObject({ ok: true });
    expect(await addPreMeetingOption(organiser(orgId, activityId), new Date('2031-10-29T17:00:00Z'), { now, confirmed: true })).toMatchObject({ ok: true });
    expect((await listPoll(organiser(orgId, activityId))).options).toHaveLength(2);
  });

  it('removes a date together with its votes, but never the chosen date', async () => {
    const { orgId, activityId, persons } = await tripWithPeople();
    const a = await propose(orgId, activityId, '2031-10-05T17:00:00Z');
    const b = await propose(orgId, activityId, '2031-10-07T10:30:00Z');
    await castPreMeetingVotes(participant(activityId, persons.registered.id), [{ optionId: a, answer: 'yes' }, { optionId: b, answer: 'yes' }]);
    expect(await removePreMeetingOption(organiser(orgId, activityId), a)).toEqual({ ok: true });
    expect(await database.handle.db.select().from(activityPreMeetingVotes).where(eq(activityPreMeetingVotes.optionId, a))).toEqual([]);
    expect(await listOwnVotes(participant(activityId, persons.registered.id))).toEqual({ [b]: 'yes' });
    expect(await removePreMeetingOption(organiser(orgId, activityId), a)).toEqual({ ok: false, reason: 'not-found' });
    await savePreMeetingSettings(organiser(orgId, activityId), link);
    await pickPreMeetingOption(organiser(orgId, activityId), b, now);
    expect(await removePreMeetingOption(organiser(orgId, activityId), b)).toEqual({ ok: false, reason: 'chosen' });
  });

  // Found by the action fuzz suite: a refused removal used to create the pre-meeting row.
  it('refuses to remove or pick a date of an activity without a pre-meeting, and writes nothing', async () => {
    const { orgId, activityId } = await tripWithPeople();
    expect(await removePreMeetingOption(organiser(orgId, activityId), '00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, reason: 'not-found' });
    expect(await pickPreMeetingOption(organiser(orgId, activityId), '00000000-0000-4000-8000-000000000000', now)).toEqual({ ok: false, reason: 'not-found' });
    expect(await database.handle.db.select().from(activityPreMeetings).where(eq(activityPreMeetings.activityId, activityId))).toEqual([]);
  });
});

describe('picking the date', () => {
  it('needs the link first, then mails each participant once with the .ics; a double submit mails nobody again', async () => {
    const { orgId, activityId, persons } = await tripWithPeople();
    const a = await propose(orgId, activityId, '2031-10-05T17:00:00Z');
    const b = await propose(orgId, activityId, '2031-10-07T10:30:00Z');
    expect(await pickPreMeetingOption(organiser(orgId, activityId), a, now)).toEqual({ ok: false, reason: 'link-missing' });
    expect(await savePreMeetingSettings(organiser(orgId, activityId), link)).toEqual({ ok: true, mailed: 0 });

    // Two submits at the same moment: one pick, one mail per participant.
    const results = await Promise.all([pickPreMeetingOption(organiser(orgId, activityId), a, now), pickPreMeetingOption(organiser(orgId, activityId), a, now)]);
    expect(results.map((r) => r.ok && r.changed).sort()).toEqual([false, true]);
    expect(await pickPreMeetingOption(organiser(orgId, activityId), a, now)).toEqual({ ok: true, changed: false, mailed: 0 });
    await drainQueue(mailJobs);
    const outbox = await listOutbox();
    for (const participant of [persons.registered, persons.attended]) {
      const mails = outbox.filter((m) => m.recipient === participant.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ subject: 'Voorbereiding Studiereis Hamburg: de datum ligt vast', attachmentNames: ['voorbereiding.ics'] });
      expect(mails[0]!.textBody).toContain('Wanneer: zondag 5 oktober 2031 om 19.00 uur');
      expect(mails[0]!.textBody).toContain('Duur: 45 minuten');
      expect(mails[0]!.textBody).toContain('Link: https://meet.example.org/voorbereiding');
    }
    for (const outsider of [persons.waiting, persons.interest, persons.cancelled]) {
      expect(outbox.filter((m) => m.recipient === outsider.email)).toEqual([]);
    }
    const [first] = await sentCalendars(persons.registered.email);
    expect(first!.summary).toBe('Voorbereiding: Studiereis Hamburg');
    expect(first!.startDate.toJSDate().toISOString()).toBe('2031-10-05T17:00:00.000Z');
    expect(first!.duration.toSeconds()).toBe(45 * 60);
    expect(first!.location).toBe(link.onlineUrl);

    // Another date: the update replaces the calendar entry (same UID, higher SEQUENCE).
    expect(await pickPreMeetingOption(organiser(orgId, activityId), b, now)).toEqual({ ok: true, changed: true, mailed: 2 });
    await drainQueue(mailJobs);
    const updates = (await listOutbox()).filter((m) => m.recipient === persons.registered.email);
    expect(updates.map((m) => m.subject).sort()).toEqual(['Gewijzigd: nieuwe datum voor de voorbereiding van Studiereis Hamburg', 'Voorbereiding Studiereis Hamburg: de datum ligt vast']);
    const [, second] = await sentCalendars(persons.registered.email);
    expect(second!.uid).toBe(first!.uid);
    expect(second!.sequence).toBeGreaterThan(first!.sequence);
    expect(second!.startDate.toJSDate().toISOString()).toBe('2031-10-07T10:30:00.000Z');
    expect((await findPreMeeting(organiser(orgId, activityId))).chosenOptionId).toBe(b);

    // A new link after the pick reaches every participant, with the entry updated once more.
    const newLink = { onlineUrl: 'https://meet.example.org/nieuwe-link', durationMinutes: 60 };
    expect(await savePreMeetingSettings(organiser(orgId, activityId), newLink, now)).toEqual({ ok: true, mailed: 2 });
    expect(await savePreMeetingSettings(organiser(orgId, activityId), newLink, now)).toEqual({ ok: true, mailed: 0 });
    await drainQueue(mailJobs);
    const changed = (await listOutbox()).filter((m) => m.recipient === persons.registered.email && m.subject.startsWith('Gewijzigd: link of duur'));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.textBody).toContain('Link: https://meet.example.org/nieuwe-link');
    const [, , third] = await sentCalendars(persons.registered.email);
    expect(third!.uid).toBe(first!.uid);
    expect(third!.sequence).toBeGreaterThan(second!.sequence);
    expect(third!.duration.toSeconds()).toBe(60 * 60);
    expect(third!.startDate.toJSDate().toISOString()).toBe('2031-10-07T10:30:00.000Z');
  });

  it('refuses a date that has passed', async () => {
    const { orgId, activityId } = await tripWithPeople();
    const a = await propose(orgId, activityId, '2031-10-05T17:00:00Z');
    await savePreMeetingSettings(organiser(orgId, activityId), link);
    expect(await pickPreMeetingOption(organiser(orgId, activityId), a, new Date('2031-10-06T00:00:00Z'))).toEqual({ ok: false, reason: 'past' });
  });

  it('lets another organisation change nothing: settings, dates, pick, themes', async () => {
    const { orgId, otherOrgId, activityId, persons } = await tripWithPeople();
    const a = await propose(orgId, activityId, '2031-10-05T17:00:00Z');
    await savePreMeetingSettings(organiser(orgId, activityId), link);
    await askPreMeetingQuestion(participant(activityId, persons.registered.id), 'Hoe reizen we?', now);
    const [question] = await listQuestions(organiser(orgId, activityId));

    expect(await savePreMeetingSettings(organiser(otherOrgId, activityId), { onlineUrl: 'https://evil.example.org/x', durationMinutes: 15 })).toEqual({ ok: false, reason: 'not-found' });
    expect(await addPreMeetingOption(organiser(otherOrgId, activityId), new Date('2031-10-09T17:00:00Z'), { now })).toEqual({ ok: false, reason: 'not-found' });
    expect(await removePreMeetingOption(organiser(otherOrgId, activityId), a)).toEqual({ ok: false, reason: 'not-found' });
    expect(await pickPreMeetingOption(organiser(otherOrgId, activityId), a, now)).toEqual({ ok: false, reason: 'not-found' });
    expect(await setPreMeetingQuestionTheme(organiser(otherOrgId, activityId), question!.id, 'Overgenomen')).toEqual({ ok: false, reason: 'not-found' });

    expect(await findPreMeeting(organiser(orgId, activityId))).toMatchObject({ ...link, chosenOptionId: null });
    expect((await listPoll(organiser(orgId, activityId))).options.map((o) => o.id)).toEqual([a]);
    expect((await listQuestions(organiser(orgId, activityId)))[0]!.theme).toBeNull();
    await drainQueue(mailJobs);
    expect((await listOutbox()).filter((m) => m.recipient === persons.registered.email)).toEqual([]);
  });
});

describe('questions beforehand', () => {
  it('come only from participants; each deletes only their own; the organiser files them under a theme', async () => {
    const { orgId, activityId, persons } = await tripWithPeople();
    expect(await askPreMeetingQuestion(participant(activityId, persons.waiting.id), 'Mag ik ook komen?', now)).toEqual({ ok: false, reason: 'not-participant' });
    expect(await askPreMeetingQuestion(participant(activityId, persons.registered.id), 'Hoe reizen we naar Hamburg?', now)).toEqual({ ok: true });
    // A minute later, so the organiser's list (oldest first) has a defined order.
    expect(await askPreMeetingQuestion(participant(activityId, persons.attended.id), 'Wat kost het diner?', new Date(now.getTime() + 60_000))).toEqual({ ok: true });
    const mine = await listOwnQuestions(participant(activityId, persons.registered.id));
    expect(mine.map((q) => q.body)).toEqual(['Hoe reizen we naar Hamburg?']);
    const theirs = (await listOwnQuestions(participant(activityId, persons.attended.id)))[0]!;

    expect(await deletePreMeetingQuestion(participant(activityId, persons.registered.id), theirs.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await setPreMeetingQuestionTheme(organiser(orgId, activityId), theirs.id, 'Kosten')).toEqual({ ok: true });
    expect((await listQuestions(organiser(orgId, activityId))).map((q) => [q.body, q.theme, q.personName])).toEqual([
      ['Hoe reizen we naar Hamburg?', null, 'Deelnemer registered'], ['Wat kost het diner?', 'Kosten', 'Deelnemer attended']
    ]);
    expect(await deletePreMeetingQuestion(participant(activityId, persons.registered.id), mine[0]!.id)).toEqual({ ok: true });
    expect((await listQuestions(organiser(orgId, activityId))).map((q) => q.body)).toEqual(['Wat kost het diner?']);
  });

  it('close once the chosen date has passed', async () => {
    const { orgId, activityId, persons } = await tripWithPeople();
    const a = await propose(orgId, activityId, '2031-10-05T17:00:00Z');
    await savePreMeetingSettings(organiser(orgId, activityId), link);
    await pickPreMeetingOption(organiser(orgId, activityId), a, now);
    expect(await askPreMeetingQuestion(participant(activityId, persons.registered.id), 'Nog een vraag', new Date('2031-10-04T12:00:00Z'))).toEqual({ ok: true });
    expect(await askPreMeetingQuestion(participant(activityId, persons.registered.id), 'Te laat', new Date('2031-10-06T12:00:00Z'))).toEqual({ ok: false, reason: 'closed' });
  });
});
