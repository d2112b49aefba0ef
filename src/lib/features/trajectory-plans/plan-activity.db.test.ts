// Reflections changed by their author, and every plan write as the trajectory's last activity (ADR 060).
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trajectories, trajectoryActions, trajectoryGoals, trajectoryLogbook, trajectoryReflections } from '$lib/server/db/schema';
import { grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { running } from '../../../../tests/trajectory-plan-fixtures';
import { readActionPlan } from '../trajectories/data.server';
import { listTrajectoryOverview, readPlanExtras } from './data.server';
import { addReflection, deleteAction, deleteReflection, editAction, editGoal, editReflection, saveActionProgress, setActionPartner } from './mutations.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });
const d = () => database.handle.db;

describe('editing and deleting reflections (ADR 060)', () => {
  it('lets the author change their own, the author or the coach delete one, nobody touch another trajectory’s', async () => {
    const t = await running();
    const other = await running();
    await addReflection(t.planner(t.member, false), { actionId: t.own.id, writtenOn: '2026-11-02', text: 'Leerlingen groeten terug.' });
    await addReflection(t.planner(t.ambassador, false), { actionId: t.own.id, writtenOn: '2026-11-03', text: 'Ook ouders merken het.' });
    const byAuthor = async () => Object.fromEntries(((await readPlanExtras(grant('visible-trajectory', t.id))).get(t.own.id)?.reflections ?? []).map((r) => [r.authorName, r]));
    const { Lid: mine, Ambassadeur: theirs } = await byAuthor();
    const before = await d().select().from(trajectoryReflections);

    // Another member's reflection, another trajectory's planner, the coach editing someone else's words: refused, nothing written.
    expect(await editReflection(t.planner(t.member, false), { reflectionId: theirs!.id, writtenOn: '2026-11-03', text: 'Overschreven door een collega.' })).toEqual({ ok: false, reason: 'not-author' });
    expect(await editReflection(t.planner(t.coach, true), { reflectionId: mine!.id, writtenOn: '2026-11-02', text: 'De begeleider schrijft het anders.' })).toEqual({ ok: false, reason: 'not-author' });
    expect(await editReflection(other.planner(other.coach, true), { reflectionId: mine!.id, writtenOn: '2026-11-02', text: 'Niet van ons traject.' })).toEqual({ ok: false, reason: 'reflection-not-found' });
    expect(await deleteReflection(t.planner(t.member, false), theirs!.id)).toEqual({ ok: false, reason: 'not-author' });
    expect(await deleteReflection(other.planner(other.coach, true), mine!.id)).toEqual({ ok: false, reason: 'reflection-not-found' });
    expect(await d().select().from(trajectoryReflections)).toEqual(before);

    expect(await editReflection(t.planner(t.member, false), { reflectionId: mine!.id, writtenOn: '2026-11-04', text: 'Leerlingen groeten nu ook elkaar.' })).toEqual({ ok: true });
    expect((await byAuthor()).Lid).toMatchObject({ writtenOn: '2026-11-04', text: 'Leerlingen groeten nu ook elkaar.', edited: true });
    expect((await byAuthor()).Ambassadeur).toMatchObject({ edited: false });
    // The coach deletes any reflection; a member their own.
    expect(await deleteReflection(t.planner(t.coach, true), theirs!.id)).toEqual({ ok: true });
    expect(await deleteReflection(t.planner(t.member, false), mine!.id)).toEqual({ ok: true });
    expect(await byAuthor()).toEqual({});
  });
});

describe('the facilitators’ overview', () => {
  it('counts edits, status changes and deletions as activity, and a refused write not (ADR 060)', async () => {
    const t = await running();
    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    // Everything the trajectory holds is a week old; each write below must bring its last activity to now.
    const age = async () => {
      await d().update(trajectories).set({ decidedAt: weekAgo, planChangedAt: null }).where(eq(trajectories.id, t.id));
      await d().execute(sql`update trajectory_intakes set updated_at = ${weekAgo} where trajectory_id = ${t.id}`);
      await d().update(trajectoryGoals).set({ createdAt: weekAgo }).where(eq(trajectoryGoals.trajectoryId, t.id));
      await d().update(trajectoryLogbook).set({ createdAt: weekAgo }).where(eq(trajectoryLogbook.trajectoryId, t.id));
      await d().update(trajectoryActions).set({ createdAt: weekAgo }).where(inArray(trajectoryActions.id, [t.own.id, t.other.id]));
      await d().update(trajectoryReflections).set({ createdAt: weekAgo }).where(inArray(trajectoryReflections.actionId, [t.own.id, t.other.id]));
    };
    const lastActivity = async () => (await listTrajectoryOverview(t.managed, '2026-11-30'))[0]!.lastActivity!.getTime();
    const recent = () => Date.now() - 60_000;
    await addReflection(t.planner(t.member, false), { actionId: t.own.id, writtenOn: '2026-11-02', text: 'Leerlingen groeten terug.' });
    const [reflection] = await d().select({ id: trajectoryReflections.id }).from(trajectoryReflections).where(eq(trajectoryReflections.actionId, t.own.id));
    const goal = (await readActionPlan(grant('visible-trajectory', t.id))).themes[0]!.goals[0]!;

    await age();
    expect(await lastActivity()).toBe(weekAgo.getTime());
    // A refused write (a member on an action they do not lead) is no activity.
    expect(await saveActionProgress(t.planner(t.member, false), { actionId: t.other.id, status: 'bezig', reach: 'werkgroep', evidence: '', removeFile: false }, null)).toEqual({ ok: false, reason: 'not-owner' });
    expect(await lastActivity()).toBe(weekAgo.getTime());

    const writes: [string, () => Promise<unknown>][] = [
      ['status', () => saveActionProgress(t.planner(t.member, false), { actionId: t.own.id, status: 'bezig', reach: 'werkgroep', evidence: '', removeFile: false }, null)],
      ['goal edit', () => editGoal(t.planner(t.coach, true), { goalId: goal.id, theme: 'een warm onthaal', title: 'Iedereen welkom, elke dag' })],
      ['action edit', () => editAction(t.planner(t.coach, true), { actionId: t.other.id, title: 'Onthaalmap voor nieuwe leerlingen', ownerId: t.ambassador, deadline: '2027-04-30' })],
      ['partner', () => setActionPartner(t.planner(t.coach, true), { actionId: t.own.id, mapLinkId: t.linkId })],
      ['reflection edit', () => editReflection(t.planner(t.member, false), { reflectionId: reflection!.id, writtenOn: '2026-11-03', text: 'Leerlingen groeten elkaar.' })],
      ['reflection delete', () => deleteReflection(t.planner(t.coach, true), reflection!.id)],
      ['action delete', () => deleteAction(t.planner(t.coach, true), t.other.id)]
    ];
    for (const [what, write] of writes) {
      await age();
      expect(await write(), what).toEqual({ ok: true });
      expect(await lastActivity(), what).toBeGreaterThan(recent());
    }
  });
});
