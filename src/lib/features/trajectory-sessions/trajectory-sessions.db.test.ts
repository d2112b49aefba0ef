import { eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  learningNetworkMembers, learningNetworks, networks, organisationRoles, organisations, people, schoolStaff, schools, trajectories, trajectoryLogbook,
  trajectoryObservations, trajectoryOfferNetworks, trajectoryOffers, trajectorySessionVotes, trajectoryWorkgroup
} from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import type { Actor } from '../people/types';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { requireSessionVoter } from './access.server';
import { listPersonSessions, listSessions, nextSessionOf, nextSessionsOfOffers, readObservation } from './data.server';
import { addSessionOption, castSessionVotes, createCrossSchoolNetwork, createSession, pickSessionOption, saveObservation } from './mutations.server';
import { observationSchema } from './schema';
import type { NetworkFounder, ObservationEditor, SessionPlanner, SessionVoter } from './types';
import type { ManagedOffers } from '../trajectories/types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });
const d = () => database.handle.db;
const now = new Date('2026-10-01T10:00:00Z');

async function person(name: string) {
  const [row] = await d().insert(people).values({ email: uniqueEmail(), name }).returning({ id: people.id, email: people.email });
  return row!;
}

/** An organisation's offer with one accepted trajectory (coach + two workgroup members) and a colleague outside the workgroup. */
async function setting(schoolYear = 2026) {
  const [org] = await d().insert(organisations).values(buildOrganisation({ name: 'Onderwijscentrum Gent' })).returning({ id: organisations.id, slug: organisations.slug });
  const [offer] = await d().insert(trajectoryOffers).values({
    organisationId: org!.id, slug: `sms-${org!.slug}`, title: 'Samen Maakt School', summary: 'Verbinding.', description: 'Een traject.',
    themes: ['een warm onthaal'], partners: [], intensityOptions: [], publishedAt: now
  }).returning({ id: trajectoryOffers.id, slug: trajectoryOffers.slug });
  const enrol = async (year: number, status: 'aanvaard' | 'aangevraagd' = 'aanvaard') => {
    const [sc] = await d().insert(schools).values(buildSchool({ municipality: 'Gent' })).returning({ id: schools.id, key: schools.institutionNumber, name: schools.name });
    const coach = await person('Jonas De Smet');
    const ambassador = await person('Sam Van Acker');
    const teacher = await person('Tim De Clercq');
    const colleague = await person('Collega');
    await d().insert(organisationRoles).values({ personId: coach.id, organisationId: org!.id, role: 'coach' });
    await d().insert(schoolStaff).values([ambassador, teacher, colleague].map((p) => ({ personId: p.id, schoolId: sc!.id, access: 'staff' as const, schoolRole: 'leerkracht' as const })));
    const [t] = await d().insert(trajectories).values({
      offerId: offer!.id, schoolId: sc!.id, schoolYear: year, questions: 'Hoe maken we verbinding?', expectations: 'Een werkgroep.', status,
      phase: 'uitvoering', coachId: status === 'aanvaard' ? coach.id : null
    }).returning({ id: trajectories.id });
    await d().insert(trajectoryWorkgroup).values([{ trajectoryId: t!.id, personId: ambassador.id, isAmbassador: true }, { trajectoryId: t!.id, personId: teacher.id }]);
    return { school: sc!, trajectoryId: t!.id, coach, ambassador, teacher, colleague };
  };
  const first = await enrol(schoolYear);
  const planner = Object.assign(grant('session-planner', first.trajectoryId), { personId: first.coach.id }) as SessionPlanner;
  const voter = (personId: string) => Object.assign(grant('session-voter', first.trajectoryId), { personId }) as SessionVoter;
  return { org: org!, offer: offer!, enrol, ...first, planner, voter };
}

/** The .ics sent in each mail job to one address, read back from the queue. */
async function sentCalendars(email: string) {
  const rows = await d().execute(sql`select data from pgboss.job where name = 'mail.bulk.v1' and data->>'to' = ${email} order by created_on`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { data: { attachments?: { content: string }[] } }[];
  return list.map((r) => new ICAL.Event(new ICAL.Component(ICAL.parse(r.data.attachments![0]!.content)).getFirstSubcomponent('vevent')!));
}

async function plannedSession(s: Awaited<ReturnType<typeof setting>>) {
  const created = await createSession(s.planner, { kind: 'werkgroepoverleg', location: 'Lokaal B1.04', durationMinutes: 90 });
  if (!created.ok) throw new Error(created.reason);
  const option = async (iso: string) => {
    const r = await addSessionOption(s.planner, { sessionId: created.sessionId, startsAt: new Date(iso) }, { now, confirmed: true });
    if (!r.ok) throw new Error(r.reason);
    return r.optionId;
  };
  return { sessionId: created.sessionId, a: await option('2026-10-13T12:00:00Z'), b: await option('2026-10-20T12:00:00Z') };
}

describe('the session poll', () => {
  it('is answered only by the workgroup: not its coach, a colleague, a facilitator or another trajectory’s member', async () => {
    const s = await setting();
    const { a, b } = await plannedSession(s);
    expect(await castSessionVotes(s.voter(s.ambassador.id), [{ optionId: a, answer: 'yes' }, { optionId: b, answer: 'maybe' }], now)).toEqual({ ok: true });
    expect(await castSessionVotes(s.voter(s.ambassador.id), [{ optionId: a, answer: 'no' }], now)).toEqual({ ok: true });
    // Forged handles still meet the membership check in the transaction.
    expect(await castSessionVotes(s.voter(s.colleague.id), [{ optionId: a, answer: 'yes' }], now)).toEqual({ ok: false, reason: 'not-member' });
    expect(await castSessionVotes(s.voter(s.coach.id), [{ optionId: a, answer: 'yes' }], now)).toEqual({ ok: false, reason: 'not-member' });
    const other = await s.enrol(2026);
    const foreign = Object.assign(grant('session-voter', other.trajectoryId), { personId: other.teacher.id }) as SessionVoter;
    expect(await castSessionVotes(foreign, [{ optionId: a, answer: 'yes' }], now)).toEqual({ ok: false, reason: 'not-found' });
    const votes = await d().select().from(trajectorySessionVotes).where(eq(trajectorySessionVotes.personId, s.ambassador.id));
    expect(votes.map((v) => [v.optionId === a ? 'a' : 'b', v.answer]).sort()).toEqual([['a', 'no'], ['b', 'maybe']]);
    expect(await d().$count(trajectorySessionVotes, eq(trajectorySessionVotes.personId, s.colleague.id))).toBe(0);

    // The guard: only workgroup members get a voter handle.
    const atSchool = [{ schoolId: s.school.id, institutionNumber: s.school.key, name: 'School', access: 'staff' as const }];
    const actors: [string, Actor, number][] = [
      ['a workgroup member', buildActor({ personId: s.teacher.id, schools: atSchool }), 200],
      ['its coach', buildActor({ personId: s.coach.id, organisations: [{ organisationId: s.org.id, slug: s.org.slug, name: 'Org', roles: ['coach'] }] }), 403],
      ['a facilitator', buildActor({ organisations: [{ organisationId: s.org.id, slug: s.org.slug, name: 'Org', roles: ['facilitator'] }] }), 403],
      ['a colleague outside the workgroup', buildActor({ personId: s.colleague.id, schools: atSchool }), 403]
    ];
    for (const [who, actor, expected] of actors) {
      const event = { locals: { actor, locale: 'nl', sessionSecret: null } as unknown as App.Locals, url: new URL('http://localhost/') };
      const status = await requireSessionVoter(event, s.org.slug, s.offer.slug, s.school.key).then(() => 200, (err: { status: number }) => err.status);
      expect([who, status]).toEqual([who, expected]);
    }
  });

  it('refuses dates in the past and twice the same date; a member who left the workgroup no longer counts', async () => {
    const s = await setting();
    const { sessionId, a } = await plannedSession(s);
    expect(await addSessionOption(s.planner, { sessionId, startsAt: new Date('2026-09-01T12:00:00Z') }, { now, confirmed: true })).toEqual({ ok: false, reason: 'past' });
    expect(await addSessionOption(s.planner, { sessionId, startsAt: new Date('2026-10-13T12:00:00Z') }, { now, confirmed: true })).toEqual({ ok: false, reason: 'duplicate' });
    // Another coach's handle finds nothing.
    const stranger = Object.assign(grant('session-planner', s.trajectoryId), { personId: s.colleague.id }) as SessionPlanner;
    expect(await addSessionOption(stranger, { sessionId, startsAt: new Date('2026-11-03T12:00:00Z') }, { now, confirmed: true })).toEqual({ ok: false, reason: 'not-found' });
    await castSessionVotes(s.voter(s.teacher.id), [{ optionId: a, answer: 'yes' }], now);
    await d().delete(trajectoryWorkgroup).where(eq(trajectoryWorkgroup.personId, s.teacher.id));
    const [session] = await listSessions(grant('visible-trajectory', s.trajectoryId));
    expect(session!.options.find((o) => o.optionId === a)?.yes).toBe(0);
  });
});

describe('picking the session’s date', () => {
  it('mails every workgroup member the invitation with its .ics in the same transaction; another date replaces the entry', async () => {
    const s = await setting();
    const { sessionId, a, b } = await plannedSession(s);
    expect(await pickSessionOption(s.planner, a, now)).toEqual({ ok: true, changed: true, mailed: 2 });
    // The mail jobs are there before anything is sent: recorded with the pick.
    expect((await sentCalendars(s.teacher.email)).length).toBe(1);
    expect(await pickSessionOption(s.planner, a, now)).toEqual({ ok: true, changed: false, mailed: 0 });
    expect(await castSessionVotes(s.voter(s.teacher.id), [{ optionId: b, answer: 'yes' }], now)).toEqual({ ok: false, reason: 'closed' });
    await drainQueue(mailJobs);
    const outbox = await listOutbox();
    for (const member of [s.ambassador, s.teacher]) {
      const mails = outbox.filter((m) => m.recipient === member.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ subject: `Uitnodiging: werkgroepoverleg met de werkgroep van ${s.school.name}`, attachmentNames: ['sessie.ics'] });
      expect(mails[0]!.textBody).toContain('Waar: Lokaal B1.04');
    }
    expect(outbox.filter((m) => m.recipient === s.colleague.email || m.recipient === s.coach.email)).toEqual([]);
    const [first] = await sentCalendars(s.teacher.email);
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-10-13T12:00:00.000Z');
    expect(first!.duration.toSeconds()).toBe(90 * 60);

    expect(await pickSessionOption(s.planner, b, now)).toEqual({ ok: true, changed: true, mailed: 2 });
    const [, second] = await sentCalendars(s.teacher.email);
    expect(second!.uid).toBe(first!.uid);
    expect(second!.sequence).toBeGreaterThan(first!.sequence);

    // The reads: the trajectory's next session, the facilitators' overview, and the calendar feeds.
    const later = new Date('2026-10-14T00:00:00Z');
    expect((await nextSessionOf(grant('visible-trajectory', s.trajectoryId), later))?.sessionId).toBe(sessionId);
    const managed = Object.assign(grant('managed-offers', s.org.id), { organisationId: brandOrganisation(s.org.id) }) as ManagedOffers;
    expect((await nextSessionsOfOffers(managed, later)).get(s.trajectoryId)?.startsAt.toISOString()).toBe('2026-10-20T12:00:00.000Z');
    expect((await nextSessionOf(grant('visible-trajectory', s.trajectoryId), new Date('2026-10-21T00:00:00Z')))).toBeNull();
    for (const p of [s.coach, s.teacher]) expect((await listPersonSessions(p.id)).map((x) => x.sessionId)).toEqual([sessionId]);
    expect(await listPersonSessions(s.colleague.id)).toEqual([]);
  });

  it('refuses a date in the past and writes nothing', async () => {
    const s = await setting();
    const { a } = await plannedSession(s);
    expect(await pickSessionOption(s.planner, a, new Date('2026-10-14T00:00:00Z'))).toEqual({ ok: false, reason: 'past' });
    expect((await sentCalendars(s.teacher.email))).toEqual([]);
    expect((await listSessions(grant('visible-trajectory', s.trajectoryId)))[0]!.chosenOptionId).toBeNull();
  });
});

describe('the observation form', () => {
  const form = (values: Record<string, string>) => observationSchema.safeParse({
    lesson: 'Les wiskunde, eerste jaar.', focus: 'De start van de les.', observed: 'Begroeting aan de deur.', worked: 'De persoonlijke begroeting.', ...values
  });

  it('is checked in Dutch, needs a teacher of the workgroup, and is filled in by the coach and that teacher only', async () => {
    const s = await setting();
    const messages = (await import('$lib/i18n/nl')).nl.errors as Record<string, string>;
    const missing = form({ observed: '' });
    expect(missing.success).toBe(false);
    expect(messages[missing.error!.issues[0]!.message]).toBe('Beschrijf wat je zag (5 tot 3000 tekens).');
    expect(messages[form({ teacherId: 'niet-een-id' }).error!.issues[0]!.message]).toBe('Kies de geobserveerde leraar uit de werkgroep.');
    const [entry] = await d().insert(trajectoryLogbook).values({ trajectoryId: s.trajectoryId, kind: 'observatie', heldOn: '2026-10-06', participants: 'Tim en de begeleider', done: 'Observatie.' }).returning({ id: trajectoryLogbook.id });
    const editor = (personId: string, isCoach: boolean, entryId = entry!.id) => Object.assign(grant('observation-editor', entryId), { trajectoryId: s.trajectoryId, personId, isCoach }) as ObservationEditor;
    const input = (teacherId: string) => form({ teacherId }).data!;
    expect(await saveObservation(editor(s.coach.id, true), form({}).data!, now)).toEqual({ ok: false, reason: 'teacher-required' });
    expect(await saveObservation(editor(s.coach.id, true), input(s.colleague.id), now)).toEqual({ ok: false, reason: 'teacher-not-member' });
    // The teacher cannot start a form the coach did not hand them.
    expect(await saveObservation(editor(s.teacher.id, false), input(s.teacher.id), now)).toEqual({ ok: false, reason: 'not-found' });
    expect(await d().$count(trajectoryObservations)).toBe(0);
    expect(await saveObservation(editor(s.coach.id, true), input(s.teacher.id), now)).toEqual({ ok: true });
    expect(await saveObservation(editor(s.teacher.id, false), { ...input(s.ambassador.id), reflection: 'Het gaf rust in de klas.' }, now)).toEqual({ ok: true });
    const saved = await readObservation({ id: entry!.id });
    expect(saved).toMatchObject({ teacherId: s.teacher.id, reflection: 'Het gaf rust in de klas.' });
    expect(await saveObservation(editor(s.ambassador.id, false), input(s.ambassador.id), now)).toEqual({ ok: false, reason: 'not-found' });
    // Not an observation: no form.
    const [other] = await d().insert(trajectoryLogbook).values({ trajectoryId: s.trajectoryId, kind: 'coaching', heldOn: '2026-10-06', participants: 'Sam', done: 'Coaching.' }).returning({ id: trajectoryLogbook.id });
    expect(await saveObservation(editor(s.coach.id, true, other!.id), input(s.teacher.id), now)).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('the cross-school learning network', () => {
  const founder = (s: Awaited<ReturnType<typeof setting>>, organisationId = s.org.id) =>
    Object.assign(grant('network-founder', s.offer.id), { organisationId: brandOrganisation(organisationId), personId: s.coach.id }) as NetworkFounder;
  const counts = async () => [await d().$count(networks), await d().$count(trajectoryOfferNetworks), await d().$count(learningNetworks)];

  it('gathers the accepted schools whose trajectory runs that year, through the learning networks; all or nothing', async () => {
    const s = await setting(2024);
    const second = await s.enrol(2025);
    await s.enrol(2025, 'aangevraagd');
    const before = await counts();
    // No running trajectory in 2023: nothing is written, not even the offer's network.
    expect(await createCrossSchoolNetwork(founder(s), 2023)).toEqual({ ok: false, reason: 'no-schools' });
    // Another organisation's facilitator finds no offer.
    const [otherOrg] = await d().insert(organisations).values(buildOrganisation({ name: 'Ander' })).returning({ id: organisations.id });
    expect(await createCrossSchoolNetwork(founder(s, otherOrg!.id), 2025)).toEqual({ ok: false, reason: 'not-found' });
    expect(await counts()).toEqual(before);

    const created = await createCrossSchoolNetwork(founder(s), 2025);
    expect(created).toMatchObject({ ok: true, members: 2 });
    const [link] = await d().select().from(trajectoryOfferNetworks).where(eq(trajectoryOfferNetworks.offerId, s.offer.id));
    const [network] = await d().select().from(networks).where(eq(networks.id, link!.networkId));
    expect(network).toMatchObject({ organisationId: s.org.id, isPublic: false, name: 'Samen Maakt School: lerend netwerk' });
    const members = await d().select({ schoolId: learningNetworkMembers.schoolId }).from(learningNetworkMembers)
      .innerJoin(learningNetworks, eq(learningNetworks.id, learningNetworkMembers.learningNetworkId)).where(eq(learningNetworks.networkId, network!.id));
    expect(members.map((m) => m.schoolId).sort()).toEqual([s.school.id, second.school.id].sort());

    // Again for the same year: refused, nothing added. Another year reuses the offer's network.
    const afterFirst = await counts();
    expect(await createCrossSchoolNetwork(founder(s), 2025)).toEqual({ ok: false, reason: 'exists' });
    expect(await counts()).toEqual(afterFirst);
    expect(await createCrossSchoolNetwork(founder(s), 2024)).toMatchObject({ ok: true, members: 1 });
    expect(await counts()).toEqual([afterFirst[0], afterFirst[1], afterFirst[2]! + 1]);
  });

  it('leaves nothing behind when the offer’s network name is taken', async () => {
    const s = await setting(2024);
    // The offer's network slug is taken by a hand-made network: the creation is refused and leaves nothing behind.
    await d().insert(networks).values({ organisationId: s.org.id, slug: `traject-${s.offer.slug}`, name: 'Bestaand' });
    const before = await counts();
    expect(await createCrossSchoolNetwork(founder(s), 2024)).toEqual({ ok: false, reason: 'slug-taken' });
    expect(await counts()).toEqual(before);
  });

  it('creates one network and one learning network when two facilitators submit at once', async () => {
    const s = await setting(2024);
    await s.enrol(2024);
    const before = await counts();
    const results = await Promise.all([createCrossSchoolNetwork(founder(s), 2024), createCrossSchoolNetwork(founder(s), 2024)]);
    expect(results.map((r) => (r.ok ? 'ok' : r.reason)).sort()).toEqual(['exists', 'ok']);
    expect(await counts()).toEqual(before.map((n) => n + 1));
  });
});
