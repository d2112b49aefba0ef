import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, organisations, people, schools, trainingRequests } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandOrganisation, brandSchool } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { listOrganisationRequests, listSchoolRequests } from './data.server';
import { acceptTrainingRequest, declineTrainingRequest, submitTrainingRequest, type TrainingPlan } from './mutations.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

async function organisation() {
  const [row] = await database.handle.db.insert(organisations).values(buildOrganisation({ name: 'Samana' })).returning({ id: organisations.id, slug: organisations.slug });
  return { id: brandOrganisation(row!.id), slug: row!.slug };
}

async function setting() {
  const [school] = await database.handle.db.insert(schools).values(buildSchool()).returning({ id: schools.id });
  const email = uniqueEmail('tom');
  const [requester] = await database.handle.db.insert(people).values({ email, name: 'Tom Mertens' }).returning({ id: people.id });
  const [facilitator] = await database.handle.db.insert(people).values({ email: uniqueEmail(), name: 'Begeleider' }).returning({ id: people.id });
  return { schoolId: brandSchool(school!.id), requesterId: requester!.id, requesterEmail: email, facilitatorId: facilitator!.id, samana: await organisation(), other: await organisation() };
}

const request = (organisationId: string) => ({
  organisationId, kind: 'thematisch' as const, theme: 'Jonge mantelzorgers herkennen', audience: 'Het zorgteam', preferredPeriod: 'voorjaar 2032', message: 'Op woensdagnamiddag graag.'
});

const plan: TrainingPlan = {
  title: 'Jonge mantelzorgers herkennen', location: 'Op school', capacity: 20,
  startsAt: new Date('2032-03-10T12:30:00Z'), endsAt: new Date('2032-03-10T15:30:00Z'), registrationDeadline: new Date('2032-03-03T22:59:00Z')
};

describe('tailored training requests', () => {
  it('takes the same open request sent twice as one', async () => {
    const s = await setting();
    const first = await submitTrainingRequest(s.schoolId, s.requesterId, request(s.samana.id));
    const again = await submitTrainingRequest(s.schoolId, s.requesterId, { ...request(s.samana.id), theme: 'jonge MANTELZORGERS herkennen' });
    expect(again).toEqual(first);
    // A double click: both posts at once still file one request.
    const theme = 'Rouw en verlies op school';
    const both = await Promise.all([0, 1].map(() => submitTrainingRequest(s.schoolId, s.requesterId, { ...request(s.samana.id), theme })));
    expect(both[0]).toEqual(both[1]);
    expect(await listOrganisationRequests(s.samana.id)).toHaveLength(2);
    const otherTheme = await submitTrainingRequest(s.schoolId, s.requesterId, { ...request(s.samana.id), theme: 'Rouw op school' });
    expect(otherTheme.ok && first.ok && otherTheme.id !== first.id).toBe(true);
  });

  it('accepting plans exactly one school-only training, linked to the request, and mails the requester', async () => {
    const s = await setting();
    const submitted = await submitTrainingRequest(s.schoolId, s.requesterId, request(s.samana.id));
    if (!submitted.ok) throw new Error('submit');
    expect((await listOrganisationRequests(s.samana.id)).map((r) => r.status)).toEqual(['open']);
    expect(await listOrganisationRequests(s.other.id)).toEqual([]);

    const result = await acceptTrainingRequest(s.samana.id, submitted.id, s.facilitatorId, plan);
    expect(result).toMatchObject({ ok: true, slug: 'jonge-mantelzorgers-herkennen' });
    const planned = await database.handle.db.select().from(activities).where(eq(activities.organisationId, s.samana.id));
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ kind: 'vorming', visibility: 'school', schoolId: s.schoolId, capacity: 20, audience: 'Het zorgteam', location: 'Op school' });
    const [row] = await listSchoolRequests(s.schoolId);
    expect(row).toMatchObject({ status: 'accepted', activitySlug: 'jonge-mantelzorgers-herkennen', organisationSlug: s.samana.slug });

    await drainQueue(mailJobs);
    const mail = (await listOutbox()).find((m) => m.recipient === s.requesterEmail);
    expect(mail?.subject).toBe('Je vormingsaanvraag is aanvaard: Jonge mantelzorgers herkennen');
    expect(mail?.textBody).toContain(`/activiteiten/${s.samana.slug}/jonge-mantelzorgers-herkennen`);
  });

  it('is idempotent under a double submit: one accept wins, the other is refused, one activity', async () => {
    const s = await setting();
    const submitted = await submitTrainingRequest(s.schoolId, s.requesterId, request(s.samana.id));
    if (!submitted.ok) throw new Error('submit');
    const results = await Promise.all([1, 2, 3].map(() => acceptTrainingRequest(s.samana.id, submitted.id, s.facilitatorId, plan)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'already-decided' }, { ok: false, reason: 'already-decided' }]);
    expect(await database.handle.db.select().from(activities).where(eq(activities.organisationId, s.samana.id))).toHaveLength(1);
    expect(await declineTrainingRequest(s.samana.id, submitted.id, s.facilitatorId)).toEqual({ ok: false, reason: 'already-decided' });
  });

  it('lets another organisation neither accept nor decline, and changes nothing', async () => {
    const s = await setting();
    const submitted = await submitTrainingRequest(s.schoolId, s.requesterId, request(s.samana.id));
    if (!submitted.ok) throw new Error('submit');
    expect(await acceptTrainingRequest(s.other.id, submitted.id, s.facilitatorId, plan)).toEqual({ ok: false, reason: 'not-found' });
    expect(await declineTrainingRequest(s.other.id, submitted.id, s.facilitatorId)).toEqual({ ok: false, reason: 'not-found' });
    expect(await database.handle.db.select().from(activities).where(eq(activities.organisationId, s.other.id))).toEqual([]);
    const [row] = await database.handle.db.select().from(trainingRequests).where(eq(trainingRequests.id, submitted.id));
    expect(row).toMatchObject({ status: 'open', activityId: null, decidedBy: null });
  });

  it('gives a second training of the same title its own slug within the organisation', async () => {
    const s = await setting();
    const slugs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const submitted = await submitTrainingRequest(s.schoolId, s.requesterId, request(s.samana.id));
      if (!submitted.ok) throw new Error('submit');
      const result = await acceptTrainingRequest(s.samana.id, submitted.id, s.facilitatorId, plan);
      if (result.ok) slugs.push(result.slug);
    }
    expect(slugs).toEqual(['jonge-mantelzorgers-herkennen', 'jonge-mantelzorgers-herkennen-2']);
  });

  it('never gives a training a slug the workspace uses itself (/activiteiten/nieuw)', async () => {
    const s = await setting();
    const submitted = await submitTrainingRequest(s.schoolId, s.requesterId, { ...request(s.samana.id), theme: 'Nieuw' });
    if (!submitted.ok) throw new Error('submit');
    expect(await acceptTrainingRequest(s.samana.id, submitted.id, s.facilitatorId, { ...plan, title: 'Nieuw' })).toMatchObject({ ok: true, slug: 'nieuw-2' });
  });

  it('declines with a status only, and refuses an unknown organisation', async () => {
    const s = await setting();
    const submitted = await submitTrainingRequest(s.schoolId, s.requesterId, request(s.samana.id));
    if (!submitted.ok) throw new Error('submit');
    expect(await declineTrainingRequest(s.samana.id, submitted.id, s.facilitatorId)).toEqual({ ok: true });
    expect((await listSchoolRequests(s.schoolId))[0]).toMatchObject({ status: 'declined', activitySlug: null });
    expect(await submitTrainingRequest(s.schoolId, s.requesterId, request('6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b'))).toEqual({ ok: false, reason: 'organisation-not-found' });
  });
});
