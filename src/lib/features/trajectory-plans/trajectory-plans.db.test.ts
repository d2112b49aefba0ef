import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mapLinks, mapPartners, networkMaps, organisationRoles, organisations, people, schoolStaff, schools, trajectories, trajectoryActionPartners,
  trajectoryEvaluations, trajectoryLogbook, trajectoryOffers, trajectoryReflections, trajectoryStartYears
} from '$lib/server/db/schema';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import type { Actor } from '../people/types';
import { requireCoachedTrajectory, requirePlanEditor } from '../trajectories/access.server';
import { readActionPlan } from '../trajectories/data.server';
import { acceptApplication, addAction, addGoal, applyForOffer, createOffer, saveIntake, updateActionProgress } from '../trajectories/mutations.server';
import { offerSchema } from '../trajectories/schema';
import type { ManagedOffers, OfferApplicant, PlanEditor } from '../trajectories/types';
import { requireEvaluator } from './access.server';
import { listTrajectoryOverview, readEvaluations, readPlanExtras } from './data.server';
import { addReflection, saveEvaluation, setActionPartner, updateOffer } from './mutations.server';
import { planSheet } from './rules';
import type { TrajectoryEvaluator } from './types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });
const d = () => database.handle.db;
const now = new Date('2026-10-01T10:00:00Z');

async function person(name: string) {
  const [row] = await d().insert(people).values({ email: uniqueEmail(), name }).returning({ id: people.id });
  return row!.id;
}

const offerFields = {
  title: 'Samen Maakt School', summary: 'Een verbindend schoolklimaat.', description: 'Een traject op maat met een werkgroep en een begeleider.',
  themes: ['een warm onthaal', 'herstelgericht werken'], partners: ['Ducktape versterkt'], intensityOptions: ['maandelijks'],
  eligibleCountry: 'BE' as const, eligibleMunicipality: 'Gent', eligibleLevel: 'secundair' as const
};

/** An organisation with an offer (2026: 1 place, 2027: 3), a coach, and one accepted school with a map partner; an intake recorded. */
async function running() {
  const [org] = await d().insert(organisations).values(buildOrganisation()).returning({ id: organisations.id, slug: organisations.slug });
  const managed = Object.assign(grant('managed-offers', org!.id), { organisationId: brandOrganisation(org!.id) }) as ManagedOffers;
  const { slug } = await createOffer(managed, { ...offerFields, startYears: [{ schoolYear: 2026, places: 1 }, { schoolYear: 2027, places: 3 }] }, now);
  const [offer] = await d().select({ id: trajectoryOffers.id }).from(trajectoryOffers).where(and(eq(trajectoryOffers.slug, slug), eq(trajectoryOffers.organisationId, org!.id)));
  const coach = await person('Jonas De Smet');
  await d().insert(organisationRoles).values({ personId: coach, organisationId: org!.id, role: 'coach' });
  const [school] = await d().insert(schools).values(buildSchool()).returning({ id: schools.id, key: schools.institutionNumber });
  const ambassador = await person('Ambassadeur');
  const member = await person('Lid');
  await d().insert(schoolStaff).values([
    { personId: ambassador, schoolId: school!.id, access: 'coordinator', schoolRole: 'zorgcoordinator' },
    { personId: member, schoolId: school!.id, access: 'staff', schoolRole: 'leerkracht' }
  ]);
  const applicant = Object.assign(grant('offer-applicant', ambassador), { offerId: offer!.id, schoolId: brandSchool(school!.id), personId: ambassador }) as OfferApplicant;
  const applied = await applyForOffer(applicant, { schoolYear: 2026, questions: 'Hoe maken we meer verbinding?', expectations: 'Een werkgroep die uitprobeert.', ambassador }, [member], now);
  if (!applied.ok) throw new Error(applied.reason);
  expect(await acceptApplication(managed, applied.id, coach, coach, now)).toEqual({ ok: true });
  await saveIntake(grant('coached-trajectory', applied.id), { heldOn: '2026-10-06', schoolExpectations: 'Meer verbinding.', coachExpectations: 'Een vaste werkgroep.', supportQuestions: 'Hoe starten we?', intensity: 'maandelijks', rhythm: 'dinsdag' }, coach, now);
  const [partner] = await d().insert(mapPartners).values({ name: `CLB Gent ${uniqueEmail()}`, municipality: 'Gent', categories: ['clb'] }).returning({ id: mapPartners.id });
  await d().insert(networkMaps).values({ schoolId: school!.id });
  const [link] = await d().insert(mapLinks).values({ schoolId: school!.id, partnerId: partner!.id, closeness: 'samenwerken' }).returning({ id: mapLinks.id });
  const id = applied.id;
  const planner = (personId: string, isCoach: boolean) => Object.assign(grant('plan-editor', id), { personId, isCoach }) as PlanEditor;
  await addGoal(planner(coach, true), { theme: 'een warm onthaal', title: 'Iedereen welkom' });
  const goal = (await readActionPlan(grant('visible-trajectory', id))).themes[0]!.goals[0]!;
  await addAction(planner(coach, true), { goalId: goal.id, title: 'Begroeten aan de deur', ownerId: member, deadline: '2027-06-30' });
  await addAction(planner(coach, true), { goalId: goal.id, title: 'Onthaalmap', ownerId: ambassador, deadline: '2027-03-31' });
  const [own, other] = (await readActionPlan(grant('visible-trajectory', id))).themes[0]!.goals[0]!.actions.sort((a, b) => a.title.localeCompare(b.title));
  return { org: org!, offerSlug: slug, offerId: offer!.id, managed, coach, ambassador, member, school: school!, id, planner, linkId: link!.id, own: own!, other: other! };
}

const eventOf = (actor: Actor) => ({ locals: { actor, locale: 'nl', sessionSecret: null } as unknown as App.Locals, url: new URL('http://localhost/') });
const statusOf = (p: Promise<unknown>) => p.then(() => 200, (err: { status: number }) => err.status);

describe('an action’s partner and reflections', () => {
  it('links only partners of the school’s own map, a member only their own action; reflections are dated and exported', async () => {
    const t = await running();
    const other = await running();
    const before = await d().select().from(trajectoryActionPartners);
    // A link of another school's map, another trajectory's action, a member's action they do not lead: nothing written.
    expect(await setActionPartner(t.planner(t.coach, true), { actionId: t.own.id, mapLinkId: other.linkId })).toEqual({ ok: false, reason: 'partner-not-on-map' });
    expect(await setActionPartner(other.planner(other.coach, true), { actionId: t.own.id, mapLinkId: t.linkId })).toEqual({ ok: false, reason: 'action-not-found' });
    expect(await setActionPartner(t.planner(t.member, false), { actionId: t.other.id, mapLinkId: t.linkId })).toEqual({ ok: false, reason: 'action-not-found' });
    expect(await d().select().from(trajectoryActionPartners)).toEqual(before);
    expect(await setActionPartner(t.planner(t.member, false), { actionId: t.own.id, mapLinkId: t.linkId })).toEqual({ ok: true });

    expect(await addReflection(other.planner(other.member, false), { actionId: t.own.id, writtenOn: '2026-11-02', text: 'Niet van ons.' })).toEqual({ ok: false, reason: 'action-not-found' });
    expect(await addReflection(t.planner(t.member, false), { actionId: t.own.id, writtenOn: '2026-11-02', text: 'Leerlingen groeten terug.' })).toEqual({ ok: true });
    expect(await addReflection(t.planner(t.ambassador, false), { actionId: t.own.id, writtenOn: '2026-11-20', text: 'Collega’s doen mee.' })).toEqual({ ok: true });
    const extras = await readPlanExtras(grant('visible-trajectory', t.id));
    expect(extras.get(t.own.id)?.partner?.mapLinkId).toBe(t.linkId);
    expect(extras.get(t.own.id)?.reflections.map((r) => [r.writtenOn, r.authorName])).toEqual([['2026-11-20', 'Ambassadeur'], ['2026-11-02', 'Lid']]);
    expect(extras.get(t.other.id)).toBeUndefined();

    const labels = {
      sheet: 'Actieplan', noOwner: '-',
      columns: { theme: 'Thema', goal: 'Doel', action: 'Actie', owner: 'Trekker', deadline: 'Tegen', status: 'Status', reach: 'Verspreiding', evidence: 'Bewijs', partner: 'Partner', reflections: 'Reflecties' },
      statuses: { gepland: 'gepland', bezig: 'bezig', klaar: 'klaar', gestopt: 'gestopt' },
      reaches: { werkgroep: 'de werkgroep', collegas: 'enkele collega’s', team: 'het hele team', schoolbeleid: 'in schoolbeleid' }
    };
    const sheet = planSheet(await readActionPlan(grant('visible-trajectory', t.id)), extras, labels);
    const row = sheet.rows.find((r) => r[2] === 'Begroeten aan de deur')!;
    expect(row).toEqual(['een warm onthaal', 'Iedereen welkom', 'Begroeten aan de deur', 'Lid', '2027-06-30', 'gepland', 'de werkgroep', '', expect.stringContaining('CLB Gent'),
      '2026-11-20: Collega’s doen mee.\n2026-11-02: Leerlingen groeten terug.']);
    // Unlinking removes the partner.
    expect(await setActionPartner(t.planner(t.coach, true), { actionId: t.own.id, mapLinkId: null })).toEqual({ ok: true });
    expect((await readPlanExtras(grant('visible-trajectory', t.id))).get(t.own.id)?.partner).toBeNull();
  });
});

describe('closing a trajectory', () => {
  const evaluator = (id: string, side: 'school' | 'coach', personId: string) => Object.assign(grant('trajectory-evaluator', id), { side, personId }) as TrajectoryEvaluator;
  const evaluation = { outcome: 'De werkgroep werkt herstelgericht en het team volgt.', continuation: 'De werkgroep blijft maandelijks samenkomen.' };

  it('is written by the ambassador and the coach only; both evaluations close it and then nothing changes', async () => {
    const t = await running();
    const atSchool = (access: 'coordinator' | 'staff') => [{ schoolId: t.school.id, institutionNumber: t.school.key, name: 'School', access }];
    const inOrg = (role: 'facilitator' | 'coach') => [{ organisationId: t.org.id, slug: 'org', name: 'Org', roles: [role] }];
    const who: [string, Actor, number][] = [
      ['ambassador', buildActor({ personId: t.ambassador, schools: atSchool('coordinator') }), 200],
      ['coach', buildActor({ personId: t.coach, organisations: inOrg('coach') }), 200],
      ['workgroup member', buildActor({ personId: t.member, schools: atSchool('staff') }), 403],
      ['facilitator', buildActor({ organisations: inOrg('facilitator') }), 403]
    ];
    for (const [name, actor, expected] of who) expect([name, await statusOf(requireEvaluator(eventOf(actor), t.org.slug, t.offerSlug, t.school.key))]).toEqual([name, expected]);

    expect(await saveEvaluation(evaluator(t.id, 'school', t.ambassador), evaluation)).toEqual({ ok: true, closed: false });
    expect(await saveEvaluation(evaluator(t.id, 'school', t.ambassador), { ...evaluation, continuation: 'Een tweede versie van het vervolg.' })).toEqual({ ok: true, closed: false });
    expect((await d().select().from(trajectories).where(eq(trajectories.id, t.id)))[0]!.phase).toBe('uitvoering');
    expect(await saveEvaluation(evaluator(t.id, 'coach', t.coach), evaluation)).toEqual({ ok: true, closed: true });
    expect((await d().select().from(trajectories).where(eq(trajectories.id, t.id)))[0]!.phase).toBe('afgesloten');
    const both = await readEvaluations(grant('visible-trajectory', t.id));
    expect([both.school?.continuation, both.coach?.authorName]).toEqual(['Een tweede versie van het vervolg.', 'Jonas De Smet']);

    // Read-only from now on: no evaluation, no reflection, no partner; the plan and logbook guards refuse.
    const evaluationsBefore = await d().select().from(trajectoryEvaluations).where(eq(trajectoryEvaluations.trajectoryId, t.id));
    expect(await saveEvaluation(evaluator(t.id, 'coach', t.coach), { ...evaluation, outcome: 'Toch nog iets anders geschreven.' })).toEqual({ ok: false, reason: 'closed' });
    expect(await d().select().from(trajectoryEvaluations).where(eq(trajectoryEvaluations.trajectoryId, t.id))).toEqual(evaluationsBefore);
    expect(await addReflection(t.planner(t.member, false), { actionId: t.own.id, writtenOn: '2027-07-01', text: 'Na de afsluiting.' })).toEqual({ ok: false, reason: 'closed' });
    expect(await setActionPartner(t.planner(t.coach, true), { actionId: t.own.id, mapLinkId: t.linkId })).toEqual({ ok: false, reason: 'closed' });
    expect(await d().select().from(trajectoryReflections).where(eq(trajectoryReflections.actionId, t.own.id))).toEqual([]);
    const coachEvent = eventOf(who[1]![1]);
    expect(await statusOf(requirePlanEditor(coachEvent, t.org.slug, t.offerSlug, t.school.key))).toBe(403);
    expect(await statusOf(requireCoachedTrajectory(coachEvent, t.org.slug, t.offerSlug, t.school.key))).toBe(403);
    expect(await statusOf(requireEvaluator(coachEvent, t.org.slug, t.offerSlug, t.school.key))).toBe(403);
  });

  it('is not evaluated before the intake', async () => {
    const t = await running();
    await d().update(trajectories).set({ phase: 'intake' }).where(eq(trajectories.id, t.id));
    expect(await saveEvaluation(evaluator(t.id, 'coach', t.coach), evaluation)).toEqual({ ok: false, reason: 'not-running' });
    expect(await d().select().from(trajectoryEvaluations).where(eq(trajectoryEvaluations.trajectoryId, t.id))).toEqual([]);
  });
});

describe('editing an offer', () => {
  const form = (overrides: Record<string, string> = {}) => offerSchema.parse({
    title: 'Samen Maakt School (vernieuwd)', summary: 'Een verbindend schoolklimaat, op maat.', description: 'Een traject op maat met een werkgroep, een begeleider en partners.',
    themes: 'een warm onthaal\nherstelgericht werken\nverbindend communiceren', partners: 'Ducktape versterkt\nOn@Break²', intensityOptions: 'maandelijks\ntweewekelijks',
    eligibleCountry: 'BE', eligibleMunicipality: 'Gent', eligibleLevel: 'secundair', year1: '2026-2027', places1: '2', year2: '2027-2028', places2: '3', ...overrides
  });
  const years = (offerId: string) => d().select({ schoolYear: trajectoryStartYears.schoolYear, places: trajectoryStartYears.places, taken: trajectoryStartYears.taken })
    .from(trajectoryStartYears).where(eq(trajectoryStartYears.offerId, offerId)).orderBy(trajectoryStartYears.schoolYear);

  it('checks like publishing, keeps places at or above the accepted, keeps used years and themes; all or nothing', async () => {
    const t = await running();
    const before = [await years(t.offerId), await d().select().from(trajectoryOffers).where(eq(trajectoryOffers.id, t.offerId))];
    const unchanged = async () => expect([await years(t.offerId), await d().select().from(trajectoryOffers).where(eq(trajectoryOffers.id, t.offerId))]).toEqual(before);
    // 2026 accepted one trajectory: zero places is refused by the schema, and by the rule below it too if the schema allowed it.
    expect(offerSchema.safeParse({ ...form(), year1: '2026-2027', places1: '0' }).success).toBe(false);
    await d().update(trajectoryStartYears).set({ places: 3, taken: 2 }).where(and(eq(trajectoryStartYears.offerId, t.offerId), eq(trajectoryStartYears.schoolYear, 2026)));
    const raised = [await years(t.offerId), before[1]];
    expect(await updateOffer(t.managed, t.offerId, form({ places1: '1', year2: '2028-2029' }))).toEqual({ ok: false, reason: 'below-taken', field: 'places1' });
    expect([await years(t.offerId), await d().select().from(trajectoryOffers).where(eq(trajectoryOffers.id, t.offerId))]).toEqual(raised);
    await d().update(trajectoryStartYears).set({ places: 1, taken: 1 }).where(and(eq(trajectoryStartYears.offerId, t.offerId), eq(trajectoryStartYears.schoolYear, 2026)));
    // The year with the accepted school cannot go; a theme with goals cannot go; another organisation cannot edit it.
    expect(await updateOffer(t.managed, t.offerId, form({ year1: '2027-2028', places1: '3', year2: '', places2: '' }))).toEqual({ ok: false, reason: 'year-in-use' });
    expect(await updateOffer(t.managed, t.offerId, form({ themes: 'herstelgericht werken' }))).toEqual({ ok: false, reason: 'theme-in-use' });
    const stranger = Object.assign(grant('managed-offers', t.org.id), { organisationId: brandOrganisation((await running()).org.id) }) as ManagedOffers;
    expect(await updateOffer(stranger, t.offerId, form())).toEqual({ ok: false, reason: 'not-found' });
    await unchanged();

    expect(await updateOffer(t.managed, t.offerId, form({ year2: '2028-2029', places2: '4' }))).toEqual({ ok: true });
    expect(await years(t.offerId)).toEqual([{ schoolYear: 2026, places: 2, taken: 1 }, { schoolYear: 2028, places: 4, taken: 0 }]);
    const [offer] = await d().select().from(trajectoryOffers).where(eq(trajectoryOffers.id, t.offerId));
    expect(offer).toMatchObject({ title: 'Samen Maakt School (vernieuwd)', slug: t.offerSlug, partners: ['Ducktape versterkt', 'On@Break²'], themes: ['een warm onthaal', 'herstelgericht werken', 'verbindend communiceren'] });
  });
});

describe('the facilitators’ overview', () => {
  it('shows phase, the next shared session, klaar of the live actions and the last activity', async () => {
    const t = await running();
    const log = (heldOn: string, shared: boolean) => ({ trajectoryId: t.id, kind: 'coaching' as const, heldOn, participants: 'werkgroep', done: 'Coaching.', shared, authorId: t.coach });
    await d().insert(trajectoryLogbook).values([log('2026-10-10', true), log('2026-12-01', false), log('2026-12-15', true), log('2027-01-20', true)]);
    await updateActionProgress(t.planner(t.coach, true), { actionId: t.own.id, status: 'klaar', reach: 'schoolbeleid', evidence: 'In het schoolwerkplan.' });
    const rows = await listTrajectoryOverview(t.managed, '2026-11-30');
    expect(rows).toHaveLength(1);
    // The private session of 1 December is the coach's own: the next one the facilitators see is the shared one of the 15th.
    expect(rows[0]).toMatchObject({ schoolKey: t.school.key, phase: 'uitvoering', coachName: 'Jonas De Smet', nextSession: '2026-12-15', done: 1, total: 2 });
    expect(rows[0]!.lastActivity).toBeInstanceOf(Date);
    expect(rows[0]!.lastActivity!.getTime()).toBeGreaterThan(now.getTime() - 1000);
    const other = await running();
    expect((await listTrajectoryOverview(other.managed, '2026-11-30')).map((r) => r.id)).toEqual([other.id]);
  });
});
