import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationRoles, organisations, people, schoolStaff, schools, trajectories, trajectoryActions, trajectoryGoals, trajectoryStartYears, trajectoryWorkgroup } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import type { Actor } from '../people/types';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { requirePlanEditor, requireTrajectory } from './access.server';
import { listLogbook, readActionPlan, readTrajectory } from './data.server';
import { acceptApplication, addAction, addGoal, addLogbookEntry, applyForOffer, createOffer, refuseApplication, saveIntake, waitlistApplication } from './mutations.server';
import { logbookEntrySchema } from './schema';
import { saveActionProgress } from '../trajectory-plans/mutations.server';
import type { CoachedTrajectory, ManagedOffers, OfferApplicant, PlanEditor, VisibleTrajectory } from './types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });
const d = () => database.handle.db;
const now = new Date('2026-10-01T10:00:00Z');

async function person(name = 'Persoon') {
  const email = uniqueEmail();
  const [row] = await d().insert(people).values({ email, name }).returning({ id: people.id });
  return { id: row!.id, email };
}

async function setting(places = 2) {
  const [org] = await d().insert(organisations).values(buildOrganisation({ name: 'Onderwijscentrum Gent' })).returning({ id: organisations.id, slug: organisations.slug });
  const managed = Object.assign(grant('managed-offers', org!.id), { organisationId: brandOrganisation(org!.id) }) as ManagedOffers;
  const created = await createOffer(managed, {
    title: 'Samen Maakt School', summary: 'Een verbindend schoolklimaat.', description: 'Een traject op maat met een werkgroep en een begeleider.',
    themes: ['een warm onthaal', 'herstelgericht werken'], partners: ['Ducktape versterkt'], intensityOptions: ['maandelijks'],
    eligibleCountry: 'BE', eligibleMunicipality: 'Gent', eligibleLevel: 'secundair',
    startYears: [{ schoolYear: 2026, places }, { schoolYear: 2027, places: 3 }]
  }, now);
  const offer = await d().query.trajectoryOffers.findFirst({ where: (o, { eq: is }) => is(o.slug, created.slug) && is(o.organisationId, org!.id) });
  const coach = await person('Jonas De Smet');
  const otherCoach = await person('Kristof Van den Broeck');
  await d().insert(organisationRoles).values([{ personId: coach.id, organisationId: org!.id, role: 'coach' }, { personId: otherCoach.id, organisationId: org!.id, role: 'coach' }]);
  return { org: org!, managed, offerId: offer!.id, offerSlug: created.slug, coach, otherCoach };
}

/** A school with a coordinator and a teacher, ready to apply for the offer. */
async function school(offerId: string, overrides: Parameters<typeof buildSchool>[0] = {}) {
  const [row] = await d().insert(schools).values(buildSchool(overrides)).returning({ id: schools.id, key: schools.institutionNumber });
  const coordinator = await person('Coördinator');
  const teacher = await person('Leerkracht');
  await d().insert(schoolStaff).values([
    { personId: coordinator.id, schoolId: row!.id, access: 'coordinator', schoolRole: 'zorgcoordinator' },
    { personId: teacher.id, schoolId: row!.id, access: 'staff', schoolRole: 'leerkracht' }
  ]);
  const applicant = Object.assign(grant('offer-applicant', coordinator.id), { offerId, schoolId: brandSchool(row!.id), personId: coordinator.id }) as OfferApplicant;
  return { id: row!.id, key: row!.key, coordinator, teacher, applicant };
}

const application = (ambassador: string, schoolYear = 2026) => ({
  schoolYear, questions: 'Hoe maken we meer verbinding met onze leerlingen?', expectations: 'Een werkgroep die methodieken uitprobeert.', ambassador
});

async function apply(s: Awaited<ReturnType<typeof setting>>, schoolYear = 2026) {
  const sc = await school(s.offerId);
  const result = await applyForOffer(sc.applicant, application(sc.teacher.id, schoolYear), [sc.coordinator.id], now);
  if (!result.ok) throw new Error(`apply: ${result.reason}`);
  return { ...sc, trajectoryId: result.id };
}

describe('applying', () => {
  it('refuses a school outside Gent, and writes nothing', async () => {
    const s = await setting();
    const mechelen = await school(s.offerId, { municipality: 'Mechelen', postalCode: '2800', province: 'antwerpen' });
    expect(await applyForOffer(mechelen.applicant, application(mechelen.teacher.id), [], now)).toEqual({ ok: false, reason: 'not-eligible-municipality' });
    const basis = await school(s.offerId, { level: 'basis' });
    expect(await applyForOffer(basis.applicant, application(basis.teacher.id), [], now)).toEqual({ ok: false, reason: 'not-eligible-level' });
    expect(await d().select().from(trajectories).where(eq(trajectories.offerId, s.offerId))).toEqual([]);
  });

  it('keeps the workgroup to the school’s staff, with the ambassador in it; one live application per school', async () => {
    const s = await setting();
    const sc = await school(s.offerId);
    const stranger = await person('Iemand anders');
    expect(await applyForOffer(sc.applicant, application(stranger.id), [], now)).toEqual({ ok: false, reason: 'ambassador-not-staff' });
    expect(await applyForOffer(sc.applicant, application(sc.teacher.id), [stranger.id], now)).toEqual({ ok: false, reason: 'member-not-staff' });
    expect(await applyForOffer(sc.applicant, application(sc.teacher.id, 2025), [], now)).toEqual({ ok: false, reason: 'year-unknown' });
    const both = await Promise.all([0, 1].map(() => applyForOffer(sc.applicant, application(sc.teacher.id), [sc.coordinator.id], now)));
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'already-applied' }]);
    const members = await d().select().from(trajectoryWorkgroup).where(eq(trajectoryWorkgroup.trajectoryId, (both.find((r) => r.ok) as { id: string }).id));
    expect(members.map((m) => [m.personId, m.isAmbassador]).sort()).toEqual([[sc.coordinator.id, false], [sc.teacher.id, true]].sort());
  });
});

describe('deciding', () => {
  it('never accepts more schools than a start year has places, under concurrent acceptances', async () => {
    const s = await setting(2);
    const applied = await Promise.all([1, 2, 3, 4, 5, 6].map(() => apply(s)));
    const results = await Promise.all(applied.map((a) => acceptApplication(s.managed, a.trajectoryId, s.coach.id, s.coach.id, now)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok)).toEqual(Array(4).fill({ ok: false, reason: 'full' }));
    const [year] = await d().select().from(trajectoryStartYears).where(eq(trajectoryStartYears.offerId, s.offerId)).orderBy(trajectoryStartYears.schoolYear);
    expect(year).toMatchObject({ places: 2, taken: 2 });
    const accepted = (await d().select().from(trajectories).where(eq(trajectories.offerId, s.offerId))).filter((t) => t.status === 'aanvaard');
    expect(accepted).toHaveLength(2);
  });

  it('puts a school of a full year on the next year’s list, and accepts it there', async () => {
    const s = await setting(1);
    const first = await apply(s);
    const second = await apply(s);
    expect(await waitlistApplication(s.managed, second.trajectoryId, s.coach.id, now)).toEqual({ ok: false, reason: 'not-full' });
    expect(await acceptApplication(s.managed, first.trajectoryId, s.coach.id, s.coach.id, now)).toEqual({ ok: true });
    expect(await acceptApplication(s.managed, second.trajectoryId, s.coach.id, s.coach.id, now)).toEqual({ ok: false, reason: 'full' });
    expect(await waitlistApplication(s.managed, second.trajectoryId, s.coach.id, now)).toEqual({ ok: true });
    const [moved] = await d().select().from(trajectories).where(eq(trajectories.id, second.trajectoryId));
    expect(moved).toMatchObject({ status: 'wachtlijst', schoolYear: 2027 });
    expect(await acceptApplication(s.managed, second.trajectoryId, s.otherCoach.id, s.coach.id, now)).toEqual({ ok: true });
    await drainQueue(mailJobs);
    const mails = (await listOutbox()).filter((m) => m.recipient === second.coordinator.email).map((m) => m.subject);
    expect(mails).toEqual(expect.arrayContaining(['Jullie aanvraag voor Samen Maakt School: op de wachtlijst', 'Jullie aanvraag voor Samen Maakt School is aanvaard']));
  });

  it('refuses with the reason mailed; another organisation and an unknown coach change nothing', async () => {
    const s = await setting();
    const other = await setting();
    const a = await apply(s);
    expect(await refuseApplication(other.managed, a.trajectoryId, 'Niet van ons.', other.coach.id, now)).toEqual({ ok: false, reason: 'not-found' });
    expect(await acceptApplication(s.managed, a.trajectoryId, other.coach.id, s.coach.id, now)).toEqual({ ok: false, reason: 'coach-unknown' });
    expect(await refuseApplication(s.managed, a.trajectoryId, 'Dit schooljaar hebben we geen begeleider vrij op woensdag.', s.coach.id, now)).toEqual({ ok: true });
    expect(await acceptApplication(s.managed, a.trajectoryId, s.coach.id, s.coach.id, now)).toEqual({ ok: false, reason: 'already-decided' });
    const [year] = await d().select().from(trajectoryStartYears).where(eq(trajectoryStartYears.offerId, s.offerId)).orderBy(trajectoryStartYears.schoolYear);
    expect(year!.taken).toBe(0);
    await drainQueue(mailJobs);
    const mail = (await listOutbox()).find((m) => m.recipient === a.coordinator.email);
    expect(mail?.subject).toBe('Jullie aanvraag voor Samen Maakt School');
    expect(mail?.textBody).toContain('Dit schooljaar hebben we geen begeleider vrij op woensdag.');
  });
});

describe('who sees a trajectory', () => {
  it('its workgroup, its own coach and the organisation’s facilitators; nobody else', async () => {
    const s = await setting();
    const a = await apply(s);
    expect(await acceptApplication(s.managed, a.trajectoryId, s.coach.id, s.coach.id, now)).toEqual({ ok: true });
    const otherOrg = await setting();
    const [colleague] = await d().insert(people).values({ email: uniqueEmail(), name: 'Collega' }).returning({ id: people.id });
    await d().insert(schoolStaff).values({ personId: colleague!.id, schoolId: a.id, access: 'staff', schoolRole: 'leerkracht' });
    const inOrg = (organisationId: string, role: 'facilitator' | 'coach') => [{ organisationId, slug: 'org', name: 'Org', roles: [role] }];
    const atSchool = (access: 'coordinator' | 'staff') => [{ schoolId: a.id, institutionNumber: a.key, name: 'School', access }];
    const actors: [string, Actor, number][] = [
      ['facilitator', buildActor({ organisations: inOrg(s.org.id, 'facilitator') }), 200],
      ['its coach', buildActor({ personId: s.coach.id, organisations: inOrg(s.org.id, 'coach') }), 200],
      ['another coach of the organisation', buildActor({ personId: s.otherCoach.id, organisations: inOrg(s.org.id, 'coach') }), 403],
      ['a workgroup member', buildActor({ personId: a.teacher.id, schools: atSchool('staff') }), 200],
      ['the applying coordinator (in the workgroup)', buildActor({ personId: a.coordinator.id, schools: atSchool('coordinator') }), 200],
      ['a colleague outside the workgroup', buildActor({ personId: colleague!.id, schools: atSchool('staff') }), 403],
      ['another organisation’s facilitator', buildActor({ organisations: inOrg(otherOrg.org.id, 'facilitator') }), 403],
      ['a platform admin', buildActor({ isPlatformAdmin: true }), 403]
    ];
    for (const [who, actor, expected] of actors) {
      const event = { locals: { actor, locale: 'nl', sessionSecret: null } as unknown as App.Locals, url: new URL('http://localhost/') };
      const status = await requireTrajectory(event, s.org.slug, s.offerSlug, a.key).then(() => 200, (err: { status: number }) => err.status);
      expect([who, status]).toEqual([who, expected]);
    }
  });
});

describe('the coach’s intake and logbook', () => {
  it('moves the trajectory to its execution; private reports reach only the coach’s handle', async () => {
    const s = await setting();
    const a = await apply(s);
    expect(await acceptApplication(s.managed, a.trajectoryId, s.coach.id, s.coach.id, now)).toEqual({ ok: true });
    const visible: VisibleTrajectory = grant('visible-trajectory', a.trajectoryId);
    const coached: CoachedTrajectory = grant('coached-trajectory', a.trajectoryId);
    await saveIntake(coached, { heldOn: '2026-10-06', schoolExpectations: 'Meer verbinding.', coachExpectations: 'Een vaste werkgroep.', supportQuestions: 'Hoe starten we?', intensity: 'maandelijks', rhythm: 'elke eerste dinsdag' }, s.coach.id, now);
    expect((await readTrajectory(visible))?.phase).toBe('uitvoering');
    const report = (kind: string, shared: string, extra: Record<string, string> = {}) => logbookEntrySchema.parse({ kind, heldOn: '2026-10-13', participants: 'de werkgroep', done: 'Samen een klasgesprek gegeven.', shared, ...extra });
    expect(logbookEntrySchema.safeParse({ kind: 'intervisie', heldOn: '2026-10-13', participants: 'de werkgroep', done: 'Intervisie.', shared: 'begeleider' }).success).toBe(false);
    await addLogbookEntry(coached, report('samen-uitproberen', 'werkgroep'), s.coach.id);
    await addLogbookEntry(coached, report('intervisie', 'begeleider', { incident: 'Een les liep mis.', questions: 'Wat ging vooraf?', analysis: 'Niet uitgesproken.', advice: 'Een herstelcirkel.', takeaway: 'Plant een cirkel.' }), s.coach.id);
    expect((await listLogbook(visible, null)).map((e) => e.kind)).toEqual(['samen-uitproberen']);
    const all = await listLogbook(visible, coached);
    expect(all.map((e) => e.kind).sort()).toEqual(['intervisie', 'samen-uitproberen']);
    expect(all.find((e) => e.kind === 'intervisie')?.intervision?.takeaway).toBe('Plant een cirkel.');
    // Another trajectory's coach handle does not open this one's private reports.
    expect((await listLogbook(visible, grant('coached-trajectory', '00000000-0000-4000-8000-000000000000'))).map((e) => e.kind)).toEqual(['samen-uitproberen']);
  });
});

describe('the action plan', () => {
  const planner = (trajectoryId: string, personId: string, isCoach: boolean) =>
    Object.assign(grant('plan-editor', trajectoryId), { personId, isCoach }) as PlanEditor;
  const snapshot = () => d().select().from(trajectoryActions).orderBy(trajectoryActions.id);

  it('is built by the coach and the workgroup; the facilitators follow it, nobody else sees it', async () => {
    const s = await setting();
    const a = await apply(s);
    await acceptApplication(s.managed, a.trajectoryId, s.coach.id, s.coach.id, now);
    const inOrg = (role: 'facilitator' | 'coach') => [{ organisationId: s.org.id, slug: 'org', name: 'Org', roles: [role] }];
    const atSchool = [{ schoolId: a.id, institutionNumber: a.key, name: 'School', access: 'staff' as const }];
    const actors: [string, Actor, number, number][] = [
      ['facilitator', buildActor({ organisations: inOrg('facilitator') }), 200, 403],
      ['its coach', buildActor({ personId: s.coach.id, organisations: inOrg('coach') }), 200, 200],
      ['another coach', buildActor({ personId: s.otherCoach.id, organisations: inOrg('coach') }), 403, 403],
      ['a workgroup member', buildActor({ personId: a.teacher.id, schools: atSchool }), 200, 200]
    ];
    for (const [who, actor, sees, builds] of actors) {
      const event = { locals: { actor, locale: 'nl', sessionSecret: null } as unknown as App.Locals, url: new URL('http://localhost/') };
      const status = (p: Promise<unknown>) => p.then(() => 200, (err: { status: number }) => err.status);
      expect([who, await status(requireTrajectory(event, s.org.slug, s.offerSlug, a.key)), await status(requirePlanEditor(event, s.org.slug, s.offerSlug, a.key))])
        .toEqual([who, sees, builds]);
    }
  });

  it('keeps goals to the offer’s themes, leads to the workgroup, and a member to their own actions; a refused edit writes nothing', async () => {
    const s = await setting();
    const a = await apply(s);
    const b = await apply(s);
    await acceptApplication(s.managed, a.trajectoryId, s.coach.id, s.coach.id, now);
    const coach = planner(a.trajectoryId, s.coach.id, true);
    const teacher = planner(a.trajectoryId, a.teacher.id, false);
    const coordinator = planner(a.trajectoryId, a.coordinator.id, false);

    expect(await addGoal(teacher, { theme: 'iets anders', title: 'Een doel' })).toEqual({ ok: false, reason: 'theme-unknown' });
    expect(await d().select().from(trajectoryGoals).where(eq(trajectoryGoals.trajectoryId, a.trajectoryId))).toEqual([]);
    expect(await addGoal(teacher, { theme: 'een warm onthaal', title: 'Iedereen welkom' })).toEqual({ ok: true });
    expect(await addGoal(coach, { theme: 'herstelgericht werken', title: 'Herstelgesprekken' })).toEqual({ ok: true });
    const [welcome, repair] = (await readActionPlan(grant('visible-trajectory', a.trajectoryId))).themes.map((t) => t.goals[0]!);

    const outsider = await person('Buitenstaander');
    expect(await addAction(teacher, { goalId: welcome!.id, title: 'Begroeten', ownerId: outsider.id, deadline: '2027-06-30' })).toEqual({ ok: false, reason: 'owner-not-member' });
    // Another trajectory's handle cannot add to this trajectory's goal.
    expect(await addAction(planner(b.trajectoryId, b.teacher.id, false), { goalId: welcome!.id, title: 'Begroeten', ownerId: b.teacher.id, deadline: '2027-06-30' }))
      .toEqual({ ok: false, reason: 'goal-not-found' });
    expect(await snapshot()).toEqual([]);
    expect(await addAction(teacher, { goalId: welcome!.id, title: 'Begroeten aan de deur', ownerId: a.teacher.id, deadline: '2027-06-30' })).toEqual({ ok: true });
    expect(await addAction(coach, { goalId: welcome!.id, title: 'Terugkeergesprek', ownerId: a.coordinator.id, deadline: '2027-03-31' })).toEqual({ ok: true });
    expect(await addAction(coach, { goalId: repair!.id, title: 'Herstelcirkel', ownerId: a.teacher.id, deadline: '2027-05-31' })).toEqual({ ok: true });
    const [returning, greeting] = (await readActionPlan(grant('visible-trajectory', a.trajectoryId))).themes[0]!.goals[0]!.actions;

    const before = await snapshot();
    const done = { status: 'klaar' as const, reach: 'schoolbeleid' as const, evidence: 'Staat in het schoolwerkplan, hoofdstuk 3.' };
    expect(await saveActionProgress(teacher, { actionId: returning!.id, ...done, removeFile: false }, null)).toEqual({ ok: false, reason: 'not-owner' });
    expect(await saveActionProgress(planner(b.trajectoryId, s.coach.id, true), { actionId: greeting!.id, ...done, removeFile: false }, null)).toEqual({ ok: false, reason: 'action-not-found' });
    expect(await snapshot()).toEqual(before);

    expect(await saveActionProgress(teacher, { actionId: greeting!.id, ...done, removeFile: false }, null)).toEqual({ ok: true });
    expect(await saveActionProgress(coach, { actionId: returning!.id, status: 'gestopt', reach: 'werkgroep', evidence: '', removeFile: false }, null)).toEqual({ ok: true });
    expect(await saveActionProgress(coordinator, { actionId: greeting!.id, ...done, removeFile: false }, null)).toEqual({ ok: false, reason: 'not-owner' });
    const plan = await readActionPlan(grant('visible-trajectory', a.trajectoryId));
    // A stopped action does not count against the theme; the repair theme has nothing done yet.
    expect(plan.themes.map((t) => [t.theme, t.progress])).toEqual([['een warm onthaal', 100], ['herstelgericht werken', 0]]);
    expect(plan.themes[0]!.goals[0]!.actions.find((x) => x.id === greeting!.id)).toMatchObject({ ...done, ownerName: 'Leerkracht' });
  });
});
