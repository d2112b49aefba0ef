import { createHash } from 'node:crypto';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import { attachmentFileName, checkAttachment, type AttachmentKind } from '../library/rules';
import { mapLinks } from '../network-map/tables.server';
import type { OfferInput } from '../trajectories/schema';
import { trajectories, trajectoryActions, trajectoryGoals, trajectoryOffers, trajectoryStartYears, trajectoryWorkgroup } from '../trajectories/tables.server';
import type { ManagedOffers, PlanEditor } from '../trajectories/types';
import { evidenceMaxBytes } from './rules';
import type { ActionEditInput, ActionPartnerInput, ActionProgressInput, EvaluationInput, GoalEditInput, ReflectionEditInput, ReflectionInput } from './schema';
import { trajectoryActionPartners, trajectoryEvaluations, trajectoryEvidenceFiles, trajectoryReflections } from './tables.server';
import type { TrajectoryEvaluator } from './types';

export type PlanExtraResult = { ok: true } | { ok: false; reason: 'action-not-found' | 'partner-not-on-map' | 'closed' | 'reflection-not-found' | 'not-author' };

export const planExtraFailures = {
  'action-not-found': { status: 404, key: 'trajectoriesActionNotFound' },
  'partner-not-on-map': { status: 422, field: 'mapLinkId', key: 'trajectoryPlansPartnerUnknown' },
  closed: { status: 409, key: 'trajectoryPlansClosed' },
  'reflection-not-found': { status: 404, key: 'trajectoryPlansReflectionNotFound' },
  'not-author': { status: 403, key: 'trajectoryPlansNotReflectionAuthor' }
} satisfies FailureMap<PlanExtraResult>;

/**
 * Locks the trajectory's row (a closing evaluation waits for this write, and this one for it);
 * refuses when the trajectory was closed meanwhile.
 */
async function openPlan(tx: Tx, planner: PlanEditor) {
  const [trajectory] = await tx.select({ phase: trajectories.phase, schoolId: trajectories.schoolId }).from(trajectories)
    .where(eq(trajectories.id, planner.id)).for('update');
  if (!trajectory || trajectory.phase === 'afgesloten') return { ok: false, reason: 'closed' } as const;
  return { ok: true, schoolId: trajectory.schoolId } as const;
}

/**
 * Marks the plan as changed now, for the facilitators' overview (ADR 060): called by every write
 * that succeeds, after the row lock of `openPlan`, so a refused write never counts as activity.
 */
async function touchPlan(tx: Tx, planner: PlanEditor) {
  await tx.update(trajectories).set({ planChangedAt: new Date() }).where(eq(trajectories.id, planner.id));
}

const inPlan = (planner: PlanEditor) => sql`${trajectoryActions.goalId} in (select ${trajectoryGoals.id} from ${trajectoryGoals} where ${trajectoryGoals.trajectoryId} = ${planner.id})`;

/** The plan opened as above, and the action in it; another trajectory's action is not found. */
async function openAction(tx: Tx, planner: PlanEditor, actionId: string) {
  const plan = await openPlan(tx, planner);
  if (!plan.ok) return plan;
  const [action] = await tx.select({ id: trajectoryActions.id, ownerId: trajectoryActions.ownerId }).from(trajectoryActions)
    .where(and(eq(trajectoryActions.id, actionId), inPlan(planner)));
  if (!action) return { ok: false, reason: 'action-not-found' } as const;
  return { ok: true, schoolId: plan.schoolId, ownerId: action.ownerId } as const;
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

/** The plan opened as above, and a reflection on one of its actions; another trajectory's is not found. */
async function openReflection(tx: Tx, planner: PlanEditor, reflectionId: string) {
  const plan = await openPlan(tx, planner);
  if (!plan.ok) return plan;
  const [reflection] = await tx.select({ authorId: trajectoryReflections.authorId }).from(trajectoryReflections)
    .innerJoin(trajectoryActions, eq(trajectoryActions.id, trajectoryReflections.actionId))
    .where(and(eq(trajectoryReflections.id, reflectionId), inPlan(planner)));
  if (!reflection) return { ok: false, reason: 'reflection-not-found' } as const;
  return { ok: true, authorId: reflection.authorId } as const;
}

/** A reflection's date and text, changed by whoever wrote it (nobody speaks for a colleague). */
export function editReflection(planner: PlanEditor, input: ReflectionEditInput): Promise<PlanExtraResult> {
  return db().transaction(async (tx) => {
    const found = await openReflection(tx, planner, input.reflectionId);
    if (!found.ok) return found;
    if (found.authorId !== planner.personId) return { ok: false, reason: 'not-author' } as const;
    await tx.update(trajectoryReflections).set({ writtenOn: input.writtenOn, text: input.text, editedAt: new Date() })
      .where(eq(trajectoryReflections.id, input.reflectionId));
    await touchPlan(tx, planner);
    return { ok: true } as const;
  });
}

/** Deletes a reflection: its author, or the coach who keeps the plan tidy. */
export function deleteReflection(planner: PlanEditor, reflectionId: string): Promise<PlanExtraResult> {
  return db().transaction(async (tx) => {
    const found = await openReflection(tx, planner, reflectionId);
    if (!found.ok) return found;
    if (!planner.isCoach && found.authorId !== planner.personId) return { ok: false, reason: 'not-author' } as const;
    await tx.delete(trajectoryReflections).where(eq(trajectoryReflections.id, reflectionId));
    await touchPlan(tx, planner);
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
    if (!planner.isCoach && found.ownerId !== planner.personId) return { ok: false, reason: 'action-not-found' } as const;
    if (!input.mapLinkId) {
      await tx.delete(trajectoryActionPartners).where(eq(trajectoryActionPartners.actionId, input.actionId));
      await touchPlan(tx, planner);
      return { ok: true } as const;
    }
    const [link] = await tx.select({ id: mapLinks.id }).from(mapLinks).where(and(eq(mapLinks.id, input.mapLinkId), eq(mapLinks.schoolId, found.schoolId)));
    if (!link) return { ok: false, reason: 'partner-not-on-map' } as const;
    await tx.insert(trajectoryActionPartners).values({ actionId: input.actionId, mapLinkId: link.id })
      .onConflictDoUpdate({ target: trajectoryActionPartners.actionId, set: { mapLinkId: link.id } });
    await touchPlan(tx, planner);
    return { ok: true } as const;
  });
}

// Editing and deleting goals and actions, and an action's progress with its evidence file (ADR 054).
// The rights of ADR 040: any plan editor edits goals (as they add them); the coach edits any action,
// a workgroup member the ones they lead. Every write runs under the trajectory's row lock.

export type PlanEditResult = { ok: true } | {
  ok: false;
  reason: 'closed' | 'goal-not-found' | 'goal-has-actions' | 'theme-unknown' | 'action-not-found' | 'not-owner' | 'owner-not-member'
    | 'evidence-required' | 'file-too-large' | 'file-type';
};

export const planEditFailures = {
  closed: { status: 409, key: 'trajectoryPlansClosed' },
  'goal-not-found': { status: 404, key: 'trajectoriesGoalNotFound' },
  'goal-has-actions': { status: 409, key: 'trajectoryPlansGoalHasActions' },
  'theme-unknown': { status: 422, field: 'theme', key: 'trajectoriesThemeInvalid' },
  'action-not-found': { status: 404, key: 'trajectoriesActionNotFound' },
  'not-owner': { status: 403, key: 'trajectoriesNotActionOwner' },
  'owner-not-member': { status: 422, field: 'ownerId', key: 'trajectoriesOwnerRequired' },
  'evidence-required': { status: 400, field: 'evidence', key: 'trajectoriesEvidenceRequired' },
  'file-too-large': { status: 413, field: 'file', key: 'trajectoryPlansFileTooLarge' },
  'file-type': { status: 400, field: 'file', key: 'trajectoryPlansFileType' }
} satisfies FailureMap<PlanEditResult>;

type Refusal = Extract<PlanEditResult, { ok: false }>;
const refused = (reason: Refusal['reason']): Refusal => ({ ok: false, reason });

/** A goal's new theme (one of the offer's) and title. */
export function editGoal(planner: PlanEditor, input: GoalEditInput): Promise<PlanEditResult> {
  return db().transaction(async (tx) => {
    const plan = await openPlan(tx, planner);
    if (!plan.ok) return plan;
    const [offer] = await tx.select({ themes: trajectoryOffers.themes }).from(trajectories)
      .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId)).where(eq(trajectories.id, planner.id));
    if (!offer?.themes.includes(input.theme)) return refused('theme-unknown');
    const changed = await tx.update(trajectoryGoals).set({ theme: input.theme, title: input.title })
      .where(and(eq(trajectoryGoals.id, input.goalId), eq(trajectoryGoals.trajectoryId, planner.id))).returning({ id: trajectoryGoals.id });
    if (changed.length === 0) return refused('goal-not-found');
    await touchPlan(tx, planner);
    return { ok: true } as const;
  });
}

/**
 * Deletes a goal without actions. One with actions is refused (its actions are deleted or kept
 * first): the "no actions" condition is in the DELETE itself, so an action added meanwhile is never
 * swept away with it.
 */
export function deleteGoal(planner: PlanEditor, goalId: string): Promise<PlanEditResult> {
  return db().transaction(async (tx) => {
    const plan = await openPlan(tx, planner);
    if (!plan.ok) return plan;
    const deleted = await tx.delete(trajectoryGoals)
      .where(and(eq(trajectoryGoals.id, goalId), eq(trajectoryGoals.trajectoryId, planner.id),
        sql`not exists (select 1 from ${trajectoryActions} where ${trajectoryActions.goalId} = ${trajectoryGoals.id})`))
      .returning({ id: trajectoryGoals.id });
    if (deleted.length > 0) {
      await touchPlan(tx, planner);
      return { ok: true } as const;
    }
    const [goal] = await tx.select({ id: trajectoryGoals.id }).from(trajectoryGoals)
      .where(and(eq(trajectoryGoals.id, goalId), eq(trajectoryGoals.trajectoryId, planner.id)));
    return refused(goal ? 'goal-has-actions' : 'goal-not-found');
  });
}

/** Opens the action for a change: the coach any, a workgroup member only one they lead. */
async function openOwnAction(tx: Tx, planner: PlanEditor, actionId: string) {
  const found = await openAction(tx, planner, actionId);
  if (!found.ok) return found;
  if (!planner.isCoach && found.ownerId !== planner.personId) return refused('not-owner');
  return found;
}

/** An action's title, lead (a workgroup member; a member may hand their action to another) and deadline. */
export function editAction(planner: PlanEditor, input: ActionEditInput): Promise<PlanEditResult> {
  return db().transaction(async (tx) => {
    const found = await openOwnAction(tx, planner, input.actionId);
    if (!found.ok) return found;
    const [member] = await tx.select({ personId: trajectoryWorkgroup.personId }).from(trajectoryWorkgroup)
      .where(and(eq(trajectoryWorkgroup.trajectoryId, planner.id), eq(trajectoryWorkgroup.personId, input.ownerId)));
    if (!member) return refused('owner-not-member');
    await tx.update(trajectoryActions).set({ title: input.title, ownerId: member.personId, deadline: input.deadline })
      .where(eq(trajectoryActions.id, input.actionId));
    await touchPlan(tx, planner);
    return { ok: true } as const;
  });
}

/** Deletes an action with its reflections, partner link and evidence file (cascade). */
export function deleteAction(planner: PlanEditor, actionId: string): Promise<PlanEditResult> {
  return db().transaction(async (tx) => {
    const found = await openOwnAction(tx, planner, actionId);
    if (!found.ok) return found;
    await tx.delete(trajectoryActions).where(eq(trajectoryActions.id, actionId));
    await touchPlan(tx, planner);
    return { ok: true } as const;
  });
}

type EvidenceUpload = { ok: true; file: { fileName: string; kind: AttachmentKind; bytes: Uint8Array } | null } | Refusal;

/** The uploaded evidence file checked by its bytes (ADR 044's allow-list), or none when nothing was chosen. */
async function evidenceUpload(upload: FormDataEntryValue | null): Promise<EvidenceUpload> {
  if (!(upload instanceof File) || upload.size === 0) return { ok: true, file: null };
  // Never read more than the cap into memory to find out it is too large.
  if (upload.size > evidenceMaxBytes) return refused('file-too-large');
  const check = checkAttachment(new Uint8Array(await upload.arrayBuffer()));
  if (!check.ok) return refused(check.reason === 'attachment-too-large' ? 'file-too-large' : 'file-type');
  return { ok: true, file: { fileName: attachmentFileName(upload.name, check.kind), kind: check.kind, bytes: check.bytes } };
}

/**
 * Status, spreading and evidence of an action: a note, a file, or both. Beyond the workgroup some
 * evidence is required, the stored file counting unless it is removed in the same save. A new file
 * replaces the old one. All or nothing: a refused save keeps the action and its file as they were.
 */
export async function saveActionProgress(planner: PlanEditor, input: ActionProgressInput, upload: FormDataEntryValue | null): Promise<PlanEditResult> {
  const checked = await evidenceUpload(upload);
  if (!checked.ok) return checked;
  return db().transaction(async (tx) => {
    const found = await openOwnAction(tx, planner, input.actionId);
    if (!found.ok) return found;
    const [stored] = await tx.select({ actionId: trajectoryEvidenceFiles.actionId }).from(trajectoryEvidenceFiles)
      .where(eq(trajectoryEvidenceFiles.actionId, input.actionId));
    const hasFile = checked.file !== null || (stored !== undefined && !input.removeFile);
    if (input.reach !== 'werkgroep' && input.evidence.length < 5 && !hasFile) return refused('evidence-required');
    await tx.update(trajectoryActions).set({ status: input.status, reach: input.reach, evidence: input.evidence })
      .where(eq(trajectoryActions.id, input.actionId));
    if (checked.file) {
      const { fileName, kind, bytes } = checked.file;
      const values = { fileName, kind, size: bytes.length, hash: createHash('sha256').update(bytes).digest('hex'), bytes, uploadedBy: planner.personId };
      await tx.insert(trajectoryEvidenceFiles).values({ actionId: input.actionId, ...values })
        .onConflictDoUpdate({ target: trajectoryEvidenceFiles.actionId, set: { ...values, createdAt: new Date() } });
    } else if (input.removeFile && stored) {
      await tx.delete(trajectoryEvidenceFiles).where(eq(trajectoryEvidenceFiles.actionId, input.actionId));
    }
    await touchPlan(tx, planner);
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
