import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { mapLinks, mapPartners } from '../network-map/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import type { ManagedOffers, VisibleTrajectory } from '../trajectories/types';
import { trajectories, trajectoryActions, trajectoryGoals, trajectoryIntakes, trajectoryLogbook, trajectoryOffers } from '../trajectories/tables.server';
import { trajectoryActionPartners, trajectoryEvaluations, trajectoryEvidenceFiles, trajectoryReflections } from './tables.server';

const ofTrajectory = (id: string) => sql`${trajectoryActions.goalId} in (select ${trajectoryGoals.id} from ${trajectoryGoals} where ${trajectoryGoals.trajectoryId} = ${id})`;

export interface ActionExtras {
  partner: { mapLinkId: string; name: string } | null;
  reflections: { id: string; writtenOn: string; text: string; authorId: string | null; authorName: string | null; edited: boolean }[];
  /** The evidence file (ADR 054), without its bytes. */
  file: { fileName: string; size: number } | null;
}

/** Per action of the plan: its partner on the school's network map, its reflections (newest first) and its evidence file. */
export async function readPlanExtras(trajectory: VisibleTrajectory): Promise<Map<string, ActionExtras>> {
  const [partners, reflections, files] = await Promise.all([
    db().select({ actionId: trajectoryActionPartners.actionId, mapLinkId: mapLinks.id, name: mapPartners.name })
      .from(trajectoryActionPartners)
      .innerJoin(trajectoryActions, eq(trajectoryActions.id, trajectoryActionPartners.actionId))
      .innerJoin(mapLinks, eq(mapLinks.id, trajectoryActionPartners.mapLinkId))
      .innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
      .where(ofTrajectory(trajectory.id)),
    db().select({
      id: trajectoryReflections.id, actionId: trajectoryReflections.actionId, writtenOn: trajectoryReflections.writtenOn, text: trajectoryReflections.text,
      authorId: trajectoryReflections.authorId, authorName: people.name, edited: sql<boolean>`${trajectoryReflections.editedAt} is not null`
    })
      .from(trajectoryReflections)
      .innerJoin(trajectoryActions, eq(trajectoryActions.id, trajectoryReflections.actionId))
      .leftJoin(people, eq(people.id, trajectoryReflections.authorId))
      .where(ofTrajectory(trajectory.id))
      .orderBy(desc(trajectoryReflections.writtenOn), desc(trajectoryReflections.createdAt)),
    db().select({ actionId: trajectoryEvidenceFiles.actionId, fileName: trajectoryEvidenceFiles.fileName, size: trajectoryEvidenceFiles.size })
      .from(trajectoryEvidenceFiles)
      .innerJoin(trajectoryActions, eq(trajectoryActions.id, trajectoryEvidenceFiles.actionId))
      .where(ofTrajectory(trajectory.id))
  ]);
  const extras = new Map<string, ActionExtras>();
  const of = (actionId: string) => extras.get(actionId) ?? extras.set(actionId, { partner: null, reflections: [], file: null }).get(actionId)!;
  for (const p of partners) of(p.actionId).partner = { mapLinkId: p.mapLinkId, name: p.name };
  for (const { actionId, ...r } of reflections) of(actionId).reflections.push(r);
  for (const { actionId, ...f } of files) of(actionId).file = f;
  return extras;
}

/** An action's evidence file with its bytes, only when the action is in this trajectory's plan. */
export async function readEvidenceFile(trajectory: VisibleTrajectory, actionId: string) {
  const [file] = await db().select({
    fileName: trajectoryEvidenceFiles.fileName, kind: trajectoryEvidenceFiles.kind, size: trajectoryEvidenceFiles.size,
    hash: trajectoryEvidenceFiles.hash, bytes: trajectoryEvidenceFiles.bytes
  }).from(trajectoryEvidenceFiles)
    .innerJoin(trajectoryActions, eq(trajectoryActions.id, trajectoryEvidenceFiles.actionId))
    .where(and(eq(trajectoryEvidenceFiles.actionId, actionId), ofTrajectory(trajectory.id)));
  return file ?? null;
}

/** The partners on the trajectory's school's network map, to link an action to (ADR 036). */
export async function listPartnerChoices(trajectory: VisibleTrajectory) {
  return db().select({ id: mapLinks.id, name: mapPartners.name }).from(mapLinks)
    .innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
    .innerJoin(trajectories, eq(trajectories.schoolId, mapLinks.schoolId))
    .where(eq(trajectories.id, trajectory.id)).orderBy(asc(mapPartners.name));
}

/** The closing evaluations written so far, by side. */
export async function readEvaluations(trajectory: VisibleTrajectory) {
  const rows = await db().select({ side: trajectoryEvaluations.side, outcome: trajectoryEvaluations.outcome, continuation: trajectoryEvaluations.continuation, createdAt: trajectoryEvaluations.createdAt, authorName: people.name })
    .from(trajectoryEvaluations).leftJoin(people, eq(people.id, trajectoryEvaluations.authorId))
    .where(eq(trajectoryEvaluations.trajectoryId, trajectory.id));
  return { school: rows.find((r) => r.side === 'school') ?? null, coach: rows.find((r) => r.side === 'coach') ?? null };
}

/**
 * Every running or closed trajectory of the organisation, for its facilitators: phase, coach, the
 * next shared session, the plan's progress (klaar of the actions not stopped) and the last
 * activity. Private logbook entries count for neither (they are the coach's own, ADR 039).
 */
export async function listTrajectoryOverview(managed: ManagedOffers, today: string) {
  const sharedLog = sql`${trajectoryLogbook.trajectoryId} = ${trajectories.id} and ${trajectoryLogbook.shared}`;
  const actionsOf = sql`${trajectoryActions.goalId} in (select ${trajectoryGoals.id} from ${trajectoryGoals} where ${trajectoryGoals.trajectoryId} = ${trajectories.id})`;
  const rows = await db().select({
    id: trajectories.id, schoolName: schools.name, schoolKey: schools.institutionNumber, schoolYear: trajectories.schoolYear, phase: trajectories.phase,
    offerSlug: trajectoryOffers.slug, offerTitle: trajectoryOffers.title,
    coachName: sql<string | null>`(select ${people.name} from ${people} where ${people.id} = ${trajectories.coachId})`,
    nextSession: sql<string | null>`(select min(${trajectoryLogbook.heldOn})::text from ${trajectoryLogbook} where ${sharedLog} and ${trajectoryLogbook.heldOn} >= ${today}::date)`,
    done: db().$count(trajectoryActions, and(actionsOf, eq(trajectoryActions.status, 'klaar'))),
    total: db().$count(trajectoryActions, and(actionsOf, ne(trajectoryActions.status, 'gestopt'))),
    lastActivity: sql<number | null>`extract(epoch from greatest(${trajectories.decidedAt}, ${trajectories.planChangedAt},
      (select ${trajectoryIntakes.updatedAt} from ${trajectoryIntakes} where ${trajectoryIntakes.trajectoryId} = ${trajectories.id}),
      (select max(${trajectoryLogbook.createdAt}) from ${trajectoryLogbook} where ${sharedLog}),
      (select max(${trajectoryGoals.createdAt}) from ${trajectoryGoals} where ${trajectoryGoals.trajectoryId} = ${trajectories.id}),
      (select max(${trajectoryActions.createdAt}) from ${trajectoryActions} where ${actionsOf}),
      (select max(r.created_at) from trajectory_reflections r join trajectory_actions a on a.id = r.action_id join trajectory_goals g on g.id = a.goal_id where g.trajectory_id = ${trajectories.id}),
      (select max(e.created_at) from trajectory_evaluations e where e.trajectory_id = ${trajectories.id})))::float8`
  }).from(trajectories)
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .innerJoin(schools, eq(schools.id, trajectories.schoolId))
    .where(and(eq(trajectoryOffers.organisationId, managed.organisationId), eq(trajectories.status, 'aanvaard')))
    .orderBy(sql`case ${trajectories.phase} when 'afgesloten' then 1 else 0 end`, asc(schools.name), asc(trajectories.id));
  return rows.map((r) => ({ ...r, lastActivity: r.lastActivity === null ? null : new Date(Number(r.lastActivity) * 1000) }));
}
