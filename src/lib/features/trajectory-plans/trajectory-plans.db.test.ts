import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  trajectories, trajectoryActionPartners, trajectoryActions, trajectoryEvaluations, trajectoryEvidenceFiles, trajectoryGoals, trajectoryLogbook, trajectoryOffers, trajectoryReflections, trajectoryStartYears
} from '$lib/server/db/schema';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { now, person, running } from '../../../../tests/trajectory-plan-fixtures';
import { buildActor } from '../../../../tests/factories';
import type { Actor } from '../people/types';
import { requireCoachedTrajectory, requirePlanEditor } from '../trajectories/access.server';
import { readActionPlan } from '../trajectories/data.server';
import { offerSchema } from '../trajectories/schema';
import type { ManagedOffers } from '../trajectories/types';
import { requireEvaluator } from './access.server';
import { listTrajectoryOverview, readEvaluations, readEvidenceFile, readPlanExtras } from './data.server';
import {
  addReflection, deleteAction, deleteGoal, editAction, editGoal, saveActionProgress, saveEvaluation, setActionPartner, updateOffer
} from './mutations.server';
import { evidenceHeaders, evidenceMaxBytes, planSheet } from './rules';
import { actionDeleteSchema, actionProgressSchema } from './schema';
import type { TrajectoryEvaluator } from './types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });
const d = () => database.handle.db;

const planLabels = {
  sheet: 'Actieplan', noOwner: '-',
  columns: { theme: 'Thema', goal: 'Doel', action: 'Actie', owner: 'Trekker', deadline: 'Tegen', status: 'Status', reach: 'Verspreiding', evidence: 'Bewijs', partner: 'Partner', reflections: 'Reflecties' },
  statuses: { gepland: 'gepland', bezig: 'bezig', klaar: 'klaar', gestopt: 'gestopt' },
  reaches: { werkgroep: 'de werkgroep', collegas: 'enkele collega’s', team: 'het hele team', schoolbeleid: 'in schoolbeleid' }
};

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

    const sheet = planSheet(await readActionPlan(grant('visible-trajectory', t.id)), extras, planLabels);
    const row = sheet.rows.find((r) => r[2] === 'Begroeten aan de deur')!;
    expect(row).toEqual(['een warm onthaal', 'Iedereen welkom', 'Begroeten aan de deur', 'Lid', '2027-06-30', 'gepland', 'de werkgroep', '', expect.stringContaining('CLB Gent'),
      '2026-11-20: Collega’s doen mee.\n2026-11-02: Leerlingen groeten terug.']);
    // Unlinking removes the partner.
    expect(await setActionPartner(t.planner(t.coach, true), { actionId: t.own.id, mapLinkId: null })).toEqual({ ok: true });
    expect((await readPlanExtras(grant('visible-trajectory', t.id))).get(t.own.id)?.partner).toBeNull();
  });
});

describe('editing and deleting the plan (ADR 054)', () => {
  const planRows = async (id: string) => ({
    goals: await d().select().from(trajectoryGoals).where(eq(trajectoryGoals.trajectoryId, id)).orderBy(trajectoryGoals.id),
    actions: await d().select().from(trajectoryActions).innerJoin(trajectoryGoals, eq(trajectoryGoals.id, trajectoryActions.goalId))
      .where(eq(trajectoryGoals.trajectoryId, id)).orderBy(trajectoryActions.id)
  });

  it('edits a goal under the offer’s themes and deletes it only once it has no actions', async () => {
    const t = await running();
    const other = await running();
    const goalId = (await readActionPlan(grant('visible-trajectory', t.id))).themes[0]!.goals[0]!.id;
    const before = await planRows(t.id);
    expect(await editGoal(t.planner(t.member, false), { goalId, theme: 'iets anders', title: 'Nieuw' })).toEqual({ ok: false, reason: 'theme-unknown' });
    expect(await editGoal(other.planner(other.coach, true), { goalId, theme: 'herstelgericht werken', title: 'Niet van ons' })).toEqual({ ok: false, reason: 'goal-not-found' });
    expect(await deleteGoal(other.planner(other.coach, true), goalId)).toEqual({ ok: false, reason: 'goal-not-found' });
    // A goal with actions stays, and so do its actions.
    expect(await deleteGoal(t.planner(t.coach, true), goalId)).toEqual({ ok: false, reason: 'goal-has-actions' });
    expect(await planRows(t.id)).toEqual(before);

    // Any plan editor edits a goal, as they add one.
    expect(await editGoal(t.planner(t.member, false), { goalId, theme: 'herstelgericht werken', title: 'Herstellen na een conflict' })).toEqual({ ok: true });
    const plan = await readActionPlan(grant('visible-trajectory', t.id));
    expect(plan.themes.map((th) => [th.theme, th.goals.map((g) => g.title)])).toEqual([['een warm onthaal', []], ['herstelgericht werken', ['Herstellen na een conflict']]]);

    expect(await deleteAction(t.planner(t.coach, true), t.own.id)).toEqual({ ok: true });
    expect(await deleteAction(t.planner(t.coach, true), t.other.id)).toEqual({ ok: true });
    expect(await deleteGoal(t.planner(t.member, false), goalId)).toEqual({ ok: true });
    expect((await planRows(t.id)).goals).toEqual([]);
    expect((await planRows(other.id)).actions).toHaveLength(2);
  });

  it('edits and deletes an action: the coach any, a member the ones they lead; the lead stays a workgroup member', async () => {
    const t = await running();
    const other = await running();
    const outsider = await person('Buitenstaander');
    const edit = { title: 'Begroeten aan de klasdeur', ownerId: t.ambassador, deadline: '2027-05-15' };
    const before = await planRows(t.id);
    expect(await editAction(t.planner(t.member, false), { actionId: t.other.id, ...edit })).toEqual({ ok: false, reason: 'not-owner' });
    expect(await editAction(other.planner(other.coach, true), { actionId: t.own.id, ...edit })).toEqual({ ok: false, reason: 'action-not-found' });
    expect(await editAction(t.planner(t.member, false), { actionId: t.own.id, ...edit, ownerId: outsider })).toEqual({ ok: false, reason: 'owner-not-member' });
    expect(await deleteAction(t.planner(t.member, false), t.other.id)).toEqual({ ok: false, reason: 'not-owner' });
    expect(await deleteAction(other.planner(other.member, false), t.own.id)).toEqual({ ok: false, reason: 'action-not-found' });
    expect(await planRows(t.id)).toEqual(before);

    // The member hands their action to the ambassador: from then on it is no longer theirs to change.
    expect(await editAction(t.planner(t.member, false), { actionId: t.own.id, ...edit })).toEqual({ ok: true });
    const [edited] = await d().select().from(trajectoryActions).where(eq(trajectoryActions.id, t.own.id));
    expect(edited).toMatchObject({ title: 'Begroeten aan de klasdeur', ownerId: t.ambassador, deadline: '2027-05-15', status: 'gepland' });
    expect(await deleteAction(t.planner(t.member, false), t.own.id)).toEqual({ ok: false, reason: 'not-owner' });

    // Deleting takes the reflections, the partner and the file with it.
    await addReflection(t.planner(t.member, false), { actionId: t.own.id, writtenOn: '2026-11-02', text: 'Leerlingen groeten terug.' });
    await setActionPartner(t.planner(t.coach, true), { actionId: t.own.id, mapLinkId: t.linkId });
    expect(await saveActionProgress(t.planner(t.coach, true), { actionId: t.own.id, status: 'bezig', reach: 'team', evidence: '', removeFile: false }, pdf('bewijs.pdf'))).toEqual({ ok: true });
    expect(await deleteAction(t.planner(t.ambassador, false), t.own.id)).toEqual({ ok: true });
    for (const table of [trajectoryReflections, trajectoryActionPartners, trajectoryEvidenceFiles]) {
      expect(await d().select().from(table).where(eq(table.actionId, t.own.id))).toEqual([]);
    }
    // Deleting asks for a ticked confirmation.
    expect(actionDeleteSchema.safeParse({ actionId: t.other.id }).success).toBe(false);
    expect(actionDeleteSchema.safeParse({ actionId: t.other.id, confirm: 'on' }).success).toBe(true);
  });

  it('writes nothing to a closed trajectory', async () => {
    const t = await running();
    const goalId = (await readActionPlan(grant('visible-trajectory', t.id))).themes[0]!.goals[0]!.id;
    await d().update(trajectories).set({ phase: 'afgesloten' }).where(eq(trajectories.id, t.id));
    const before = await planRows(t.id);
    expect(await editGoal(t.planner(t.coach, true), { goalId, theme: 'een warm onthaal', title: 'Later' })).toEqual({ ok: false, reason: 'closed' });
    expect(await editAction(t.planner(t.coach, true), { actionId: t.own.id, title: 'Later', ownerId: t.member, deadline: '2027-01-01' })).toEqual({ ok: false, reason: 'closed' });
    expect(await deleteAction(t.planner(t.coach, true), t.own.id)).toEqual({ ok: false, reason: 'closed' });
    expect(await saveActionProgress(t.planner(t.coach, true), { actionId: t.own.id, status: 'klaar', reach: 'werkgroep', evidence: '', removeFile: false }, null)).toEqual({ ok: false, reason: 'closed' });
    expect(await planRows(t.id)).toEqual(before);
  });
});

const pdfBytes = (title: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj\n<< /Title (${title}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
function pdf(name: string) { return new File([pdfBytes(name)], name, { type: 'application/pdf' }); }

describe('evidence as a file (ADR 054)', () => {
  const files = (actionId: string) => d().select().from(trajectoryEvidenceFiles).where(eq(trajectoryEvidenceFiles.actionId, actionId));
  const progress = (actionId: string, reach: 'werkgroep' | 'team', evidence = '', removeFile = false) => ({ actionId, status: 'bezig' as const, reach, evidence, removeFile });

  it('takes a note, a file or both beyond the workgroup; replaces and removes the file; refuses what is no allowed file', async () => {
    const t = await running();
    const other = await running();
    const coach = t.planner(t.coach, true);
    const [unchanged] = await d().select().from(trajectoryActions).where(eq(trajectoryActions.id, t.own.id));
    // Beyond the workgroup without a note or a file: refused at the note, nothing written.
    expect(await saveActionProgress(coach, progress(t.own.id, 'team'), null)).toEqual({ ok: false, reason: 'evidence-required' });
    // HTML named .pdf, an empty file, and too large a file: refused, nothing written.
    const html = new File([new TextEncoder().encode('<html><script>alert(1)</script></html>')], 'bewijs.pdf', { type: 'application/pdf' });
    expect(await saveActionProgress(coach, progress(t.own.id, 'team'), html)).toEqual({ ok: false, reason: 'file-type' });
    const big = new File([new Uint8Array(evidenceMaxBytes + 1)], 'groot.pdf');
    expect(await saveActionProgress(coach, progress(t.own.id, 'team', 'Een notitie.'), big)).toEqual({ ok: false, reason: 'file-too-large' });
    expect(await saveActionProgress(coach, progress(t.own.id, 'team'), new File([], 'leeg.pdf'))).toEqual({ ok: false, reason: 'evidence-required' });
    // Another trajectory's planner, and a member for an action they do not lead: nothing written.
    expect(await saveActionProgress(other.planner(other.coach, true), progress(t.own.id, 'team'), pdf('x.pdf'))).toEqual({ ok: false, reason: 'action-not-found' });
    expect(await saveActionProgress(t.planner(t.member, false), progress(t.other.id, 'team'), pdf('x.pdf'))).toEqual({ ok: false, reason: 'not-owner' });
    expect(await d().select().from(trajectoryEvidenceFiles)).toEqual([]);
    expect((await d().select().from(trajectoryActions).where(eq(trajectoryActions.id, t.own.id)))[0]).toEqual(unchanged);

    // A file alone is evidence; its name is cleaned and keeps the extension of what it is.
    expect(await saveActionProgress(t.planner(t.member, false), progress(t.own.id, 'team'), pdf('../Schoolwerkplan 2026 <def>.docx'))).toEqual({ ok: true });
    const [stored] = await files(t.own.id);
    expect(stored).toMatchObject({ fileName: 'Schoolwerkplan 2026 def.pdf', kind: 'pdf', uploadedBy: t.member, size: pdfBytes('../Schoolwerkplan 2026 <def>.docx').length });
    expect((await readPlanExtras(grant('visible-trajectory', t.id))).get(t.own.id)?.file).toEqual({ fileName: 'Schoolwerkplan 2026 def.pdf', size: stored!.size });
    // Saving again without a new file keeps it, and it still counts as evidence.
    expect(await saveActionProgress(coach, { ...progress(t.own.id, 'team'), status: 'klaar' }, null)).toEqual({ ok: true });
    expect(await files(t.own.id)).toHaveLength(1);
    // Removing the only evidence beyond the workgroup is refused; with a note beside it, allowed.
    expect(await saveActionProgress(coach, progress(t.own.id, 'team', '', true), null)).toEqual({ ok: false, reason: 'evidence-required' });
    expect(await files(t.own.id)).toHaveLength(1);
    // A new file replaces the old one.
    expect(await saveActionProgress(coach, progress(t.own.id, 'team', 'In het schoolwerkplan.'), pdf('versie 2.pdf'))).toEqual({ ok: true });
    expect((await files(t.own.id)).map((f) => f.fileName)).toEqual(['versie 2.pdf']);
    expect(await saveActionProgress(coach, progress(t.own.id, 'team', 'In het schoolwerkplan.', true), null)).toEqual({ ok: true });
    expect(await files(t.own.id)).toEqual([]);
    const [action] = await d().select().from(trajectoryActions).where(eq(trajectoryActions.id, t.own.id));
    expect(action).toMatchObject({ status: 'bezig', reach: 'team', evidence: 'In het schoolwerkplan.' });
    // Within the workgroup nothing is required.
    expect(await saveActionProgress(coach, progress(t.own.id, 'werkgroep'), null)).toEqual({ ok: true });
    expect(actionProgressSchema.safeParse({ actionId: t.own.id, status: 'half', reach: 'werkgroep' }).success).toBe(false);
  });

  it('is read only through its own trajectory, and served as a download that is never sniffed', async () => {
    const t = await running();
    const other = await running();
    await saveActionProgress(t.planner(t.coach, true), progress(t.own.id, 'team'), pdf('Schoolwerkplan.pdf'));
    expect(await readEvidenceFile(grant('visible-trajectory', other.id), t.own.id)).toBeNull();
    // The export names the file in the evidence cell.
    const sheet = planSheet(await readActionPlan(grant('visible-trajectory', t.id)), await readPlanExtras(grant('visible-trajectory', t.id)), planLabels);
    expect(sheet.rows.find((r) => r[2] === 'Begroeten aan de deur')?.[7]).toBe('Schoolwerkplan.pdf');
    expect(await readEvidenceFile(grant('visible-trajectory', t.id), t.other.id)).toBeNull();
    const file = await readEvidenceFile(grant('visible-trajectory', t.id), t.own.id);
    expect(new TextDecoder().decode(file!.bytes)).toBe(new TextDecoder().decode(pdfBytes('Schoolwerkplan.pdf')));
    expect(evidenceHeaders(file!)).toMatchObject({
      'content-type': 'application/pdf', 'content-disposition': `attachment; filename="Schoolwerkplan.pdf"; filename*=UTF-8''Schoolwerkplan.pdf`,
      'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox", 'cache-control': 'private, no-store'
    });
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
    await saveActionProgress(t.planner(t.coach, true), { actionId: t.own.id, status: 'klaar', reach: 'schoolbeleid', evidence: 'In het schoolwerkplan.', removeFile: false }, null);
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
