import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import { mapLinks } from '../network-map/tables.server';
import type { OfferInput } from '../trajectories/schema';
import { trajectories, trajectoryActions, trajectoryGoals, trajectoryOffers, trajectoryStartYears } from '../trajectories/tables.server';
import type { ManagedOffers, PlanEditor } from '../trajectories/types';
import type { ActionPartnerInput, EvaluationInput, ReflectionInput } from './schema';
import { trajectoryActionPartners, trajectoryEvaluations, trajectoryReflections } from './tables.server';
import type { TrajectoryEvaluator } from './types';

export type PlanExtraResult = { ok: true } | { ok: false; reason: 'action-not-found' | 'partner-not-on-map' | 'closed' };

export const planExtraFailures = {
  'action-not-found': { status: 404, key: 'trajectoriesActionNotFound' },
  'partner-not-on-map': { status: 422, field: 'mapLinkId', key: 'trajectoryPlansPartnerUnknown' },
  closed: { status: 409, key: 'trajectoryPlansClosed' }
} satisfies FailureMap<PlanExtraResult>;

/**
 * Locks the trajectory's row (a closing evaluation waits for this write, and this one for it) and
 * finds the action in it; refuses when the trajectory was closed meanwhile or the action is another's.
 */
async function openAction(tx: Tx, planner: PlanEditor, actionId: string) {
  const [trajectory] = await tx.select({ phase: trajectories.phase, schoolId: trajectories.schoolId }).from(trajectories)
    .where(eq(trajectories.id, planner.id)).for('update');
  if (!trajectory || trajectory.phase === 'afgesloten') return { ok: false, reason: 'closed' } as const;
  const [action] = await tx.select({ id: trajectoryActions.id }).from(trajectoryActions)
    .where(and(eq(trajectoryActions.id, actionId), sql`${trajectoryActions.goalId} in (select ${trajectoryGoals.id} from ${trajectoryGoals} where ${trajectoryGoals.trajectoryId} = ${planner.id})`));
  if (!action) return { ok: false, reason: 'action-not-found' } as const;
  return { ok: true, schoolId: trajectory.schoolId } as const;
}

/** A dated reflection on an action of this trajectory, by its coach or a workgroup member. */
export function addReflection(planner: PlanEditor, input: ReflectionInput): Promise<PlanExtraResult> {
  return db().transaction(async (tx) => {
    const found = await openAction(tx, planner, input.actionId);
    if (!found.ok) return found;
    await tx.insert(trajectoryReflections).values({ actionId: input.actionId, authorId: planner.personId, writtenOn: input.writtenOn, text: input.text });
    return { ok: true } as const;
  });
}

/**
 * Links an action to a partner on the school's own network map, or unlinks it. The coach links any
 * action, a workgroup member the ones they lead (as for the action's progress, ADR 040).
 */
export function setActionPartner(planner: PlanEditor, input: ActionPartnerInput): Promise<PlanExtraResult> {
  return db().transaction(async (tx) => {
    const found = await openAction(tx, planner, input.actionId);
    if (!found.ok) return found;
    if (!planner.isCoach) {
      const [own] = await tx.select({ id: trajectoryActions.id }).from(trajectoryActions)
        .where(and(eq(trajectoryActions.id, input.actionId), eq(trajectoryActions.ownerId, planner.personId)));
      if (!own) return { ok: false, reason: 'action-not-found' } as const;
    }
    if (!input.mapLinkId) {
      await tx.delete(trajectoryActionPartners).where(eq(trajectoryActionPartners.actionId, input.actionId));
      return { ok: true } as const;
    }
    const [link] = await tx.select({ id: mapLinks.id }).from(mapLinks).where(and(eq(mapLinks.id, input.mapLinkId), eq(mapLinks.schoolId, found.schoolId)));
    if (!link) return { ok: false, reason: 'partner-not-on-map' } as const;
    await tx.insert(trajectoryActionPartners).values({ actionId: input.actionId, mapLinkId: link.id })
      .onConflictDoUpdate({ target: trajectoryActionPartners.actionId, set: { mapLinkId: link.id } });
    return { ok: true } as const;
  });
}

export type EvaluationResult = { ok: true; closed: boolean } | { ok: false; reason: 'closed' | 'not-running' };

export const evaluationFailures = {
  closed: { status: 409, key: 'trajectoryPlansClosed' },
  'not-running': { status: 409, key: 'trajectoryPlansNotRunning' }
} satisfies FailureMap<EvaluationResult>;

/**
 * One side's closing evaluation (written again until the trajectory closes). The second side's
 * evaluation closes it, in the same transaction: the row lock makes two last evaluations queue, so
 * exactly one of them closes it and nothing is written to a closed trajectory.
 */
export function saveEvaluation(evaluator: TrajectoryEvaluator, input: EvaluationInput): Promise<EvaluationResult> {
  return db().transaction(async (tx) => {
    const [row] = await tx.select({ phase: trajectories.phase, status: trajectories.status }).from(trajectories)
      .where(eq(trajectories.id, evaluator.id)).for('update');
    if (!row || row.phase === 'afgesloten') return { ok: false, reason: 'closed' } as const;
    if (row.status !== 'aanvaard' || row.phase !== 'uitvoering') return { ok: false, reason: 'not-running' } as const;
    await tx.insert(trajectoryEvaluations).values({ trajectoryId: evaluator.id, side: evaluator.side, authorId: evaluator.personId, ...input })
      .onConflictDoUpdate({ target: [trajectoryEvaluations.trajectoryId, trajectoryEvaluations.side], set: { authorId: evaluator.personId, ...input } });
    const sides = await tx.select({ side: trajectoryEvaluations.side }).from(trajectoryEvaluations).where(eq(trajectoryEvaluations.trajectoryId, evaluator.id));
    const closed = sides.length === 2;
    if (closed) await tx.update(trajectories).set({ phase: 'afgesloten' }).where(eq(trajectories.id, evaluator.id));
    return { ok: true, closed } as const;
  });
}

export type OfferEditResult = { ok: true } | { ok: false; reason: 'not-found' | 'year-in-use' | 'theme-in-use' } | { ok: false; reason: 'below-taken'; field: string };

export const offerEditFailures = {
  'not-found': { status: 404, key: 'trajectoriesApplicationNotFound' },
  'below-taken': (failure) => ({ status: 422, field: failure.field, key: 'trajectoryPlansPlacesBelowTaken' }),
  'year-in-use': { status: 422, field: 'year1', key: 'trajectoryPlansYearInUse' },
  'theme-in-use': { status: 422, field: 'themes', key: 'trajectoryPlansThemeInUse' }
} satisfies FailureMap<OfferEditResult>;

class Refused extends Error {
  constructor(readonly result: Extract<OfferEditResult, { ok: false }>) { super(result.reason); }
}

/**
 * Edits every field of a published offer with the checks of publishing (the same schema). All or
 * nothing: the start years are locked, a year's places never drop below the trajectories it
 * accepted, a year with live applications or trajectories stays, and a theme that goals use stays.
 */
export async function updateOffer(managed: ManagedOffers, offerId: string, input: OfferInput): Promise<OfferEditResult> {
  const { startYears, ...details } = input;
  try {
    return await db().transaction(async (tx) => {
      const [offer] = await tx.select({ id: trajectoryOffers.id }).from(trajectoryOffers)
        .where(and(eq(trajectoryOffers.id, offerId), eq(trajectoryOffers.organisationId, managed.organisationId))).for('update');
      if (!offer) throw new Refused({ ok: false, reason: 'not-found' });
      const existing = await tx.select({ schoolYear: trajectoryStartYears.schoolYear, taken: trajectoryStartYears.taken }).from(trajectoryStartYears)
        .where(eq(trajectoryStartYears.offerId, offerId)).for('update');
      const kept = new Set(startYears.map((y) => y.schoolYear));
      const dropped = existing.filter((y) => !kept.has(y.schoolYear)).map((y) => y.schoolYear);
      if (dropped.length > 0) {
        const [live] = await tx.select({ id: trajectories.id }).from(trajectories)
          .where(and(eq(trajectories.offerId, offerId), inArray(trajectories.schoolYear, dropped), ne(trajectories.status, 'geweigerd'))).limit(1);
        if (live) throw new Refused({ ok: false, reason: 'year-in-use' });
        await tx.delete(trajectoryStartYears).where(and(eq(trajectoryStartYears.offerId, offerId), inArray(trajectoryStartYears.schoolYear, dropped)));
      }
      for (const [i, year] of startYears.entries()) {
        const before = existing.find((y) => y.schoolYear === year.schoolYear);
        if (before && year.places < before.taken) throw new Refused({ ok: false, reason: 'below-taken', field: `places${i + 1}` });
        if (before) await tx.update(trajectoryStartYears).set({ places: year.places }).where(and(eq(trajectoryStartYears.offerId, offerId), eq(trajectoryStartYears.schoolYear, year.schoolYear)));
        else await tx.insert(trajectoryStartYears).values({ offerId, ...year });
      }
      const usedThemes = await tx.selectDistinct({ theme: trajectoryGoals.theme }).from(trajectoryGoals)
        .innerJoin(trajectories, eq(trajectories.id, trajectoryGoals.trajectoryId)).where(eq(trajectories.offerId, offerId));
      if (usedThemes.some((t) => !details.themes.includes(t.theme))) throw new Refused({ ok: false, reason: 'theme-in-use' });
      await tx.update(trajectoryOffers).set(details).where(eq(trajectoryOffers.id, offerId));
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
