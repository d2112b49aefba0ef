// The organiser's writes on an activity: its details, programme, registration questions and extras.
// Every write on an activity takes its `ManagedActivity` handle (ADR 020), is still scoped by the
// handle's organisation in SQL (a second belt), and runs in one transaction: a refusal writes nothing.
import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { activities, activityExtras, activityProgrammeItems, activityQuestions } from './tables.server';
import { networks } from '../networks/tables.server';
import { registrationExtras } from '../registrations/tables.server';
import { schools } from '../schools/tables.server';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import type { ManagedActivity } from './types';
import type { CalendarConcernKey } from '../calendar/rules';
import {
  activityDateConcerns, extraDateFitsActivity, firstFreeSlug, movedList, programmePartValues, slugFromTitle, slugMaxLength, validateQuestionList,
  type QuestionListErrorKey
} from './rules';
import { isItemId, type ActivityInput, type ExtraInput, type ProgrammePartInput, type QuestionInput } from './schema';

/** At most this many programme parts, questions and extras per activity (a form, not a database). */
export const itemLimit = 60;

/** Names the workspace uses itself under /activiteiten/: an activity called "Nieuw" becomes nieuw-2. */
const reservedSlugs = ['nieuw'];

type AudienceFailure = { ok: false; reason: 'network-not-found' | 'school-not-found' };

/** The network must be one of this organisation's; the school one of the shared directory. */
async function resolveAudience(tx: Tx, organisationId: AuthorizedOrgId, input: ActivityInput)
  : Promise<{ ok: true; networkId: string | null; schoolId: string | null } | AudienceFailure> {
  if (input.visibility === 'network') {
    const [network] = await tx.select({ id: networks.id }).from(networks)
      .where(and(eq(networks.id, input.networkId ?? ''), eq(networks.organisationId, organisationId)));
    return network ? { ok: true, networkId: network.id, schoolId: null } : { ok: false, reason: 'network-not-found' };
  }
  if (input.visibility === 'school') {
    const [school] = await tx.select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, input.institutionNumber ?? ''));
    return school ? { ok: true, networkId: null, schoolId: school.id } : { ok: false, reason: 'school-not-found' };
  }
  return { ok: true, networkId: null, schoolId: null };
}

function detailValues(input: ActivityInput, audience: { networkId: string | null; schoolId: string | null }) {
  const { institutionNumber: _institutionNumber, confirmCalendar: _confirmCalendar, ...details } = input;
  return { ...details, networkId: audience.networkId, schoolId: audience.schoolId };
}

type NewActivity = Omit<typeof activities.$inferInsert, 'organisationId' | 'slug'>;

/**
 * Inserts an activity with a slug derived from its title, unique within the organisation (-2, -3…
 * when taken) and never one of the workspace's own names. The unique index decides a race: a lost
 * insert simply tries the next name. Also used when a training request is accepted.
 */
export async function insertActivityWithFreeSlug(tx: Tx, organisationId: AuthorizedOrgId, values: NewActivity): Promise<{ id: string; slug: string }> {
  const base = slugFromTitle(values.title);
  for (let attempt = 0; attempt < 10; attempt++) {
    const taken = await tx.select({ slug: activities.slug }).from(activities)
      .where(and(eq(activities.organisationId, organisationId), like(activities.slug, `${base.slice(0, slugMaxLength - 6)}%`)));
    const slug = firstFreeSlug(base, new Set([...reservedSlugs, ...taken.map((r) => r.slug)]));
    const [row] = await tx.insert(activities).values({ ...values, organisationId, slug })
      .onConflictDoNothing().returning({ id: activities.id, slug: activities.slug });
    if (row) return row;
  }
  throw new Error(`No free slug for "${base}" after 10 attempts`);
}

/** Dates on days without school are saved once the organiser confirms them (`confirmCalendar`). */
export type CalendarFailure = { ok: false; reason: 'calendar'; concerns: Record<string, CalendarConcernKey> };

function calendarFailure(concerns: Record<string, CalendarConcernKey>, confirmed: boolean): CalendarFailure | null {
  return !confirmed && Object.keys(concerns).length > 0 ? { ok: false, reason: 'calendar', concerns } : null;
}

const detailFailures = {
  calendar: (failure: CalendarFailure) => ({ warnings: failure.concerns }),
  'network-not-found': { status: 400, field: 'networkId', key: 'activitiesNetworkRequired' },
  'school-not-found': { status: 400, field: 'institutionNumber', key: 'schoolNotFound' }
} satisfies FailureMap<AudienceFailure | CalendarFailure>;

export type CreateActivityResult = { ok: true; id: string; slug: string } | AudienceFailure | CalendarFailure | { ok: false; reason: 'start-in-past' };

export const createActivityFailures = {
  ...detailFailures,
  'start-in-past': { status: 400, field: 'startDate', key: 'activitiesStartInPast' }
} satisfies FailureMap<CreateActivityResult>;

/** Creates an activity of the organisation for the audience it names; it lies ahead (a past one may only be corrected). */
export async function createActivity(organisationId: AuthorizedOrgId, input: ActivityInput, now = new Date()): Promise<CreateActivityResult> {
  if (input.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'start-in-past' };
  const unconfirmed = calendarFailure(activityDateConcerns(input, null), input.confirmCalendar);
  if (unconfirmed) return unconfirmed;
  return db().transaction(async (tx) => {
    const audience = await resolveAudience(tx, organisationId, input);
    if (!audience.ok) return audience;
    return { ok: true, ...(await insertActivityWithFreeSlug(tx, organisationId, detailValues(input, audience))) } as const;
  });
}

export type UpdateActivityResult = { ok: true } | AudienceFailure | CalendarFailure | { ok: false; reason: 'not-found' } | { ok: false; reason: 'capacity-below-taken'; seatsTaken: number };

export const updateActivityFailures = {
  ...detailFailures,
  'not-found': { status: 404, key: 'activityNotFound' },
  'capacity-below-taken': { status: 409, field: 'capacity', key: 'activitiesCapacityBelowTaken' }
} satisfies FailureMap<UpdateActivityResult>;

/**
 * Saves the details. The slug stays (links in mails and calendars keep working). The capacity is
 * checked against the seats taken in the UPDATE itself, so a registration between reading the
 * page and saving can never be pushed over the new capacity.
 */
export async function updateActivity(activity: ManagedActivity, input: ActivityInput): Promise<UpdateActivityResult> {
  return db().transaction(async (tx) => {
    const [stored] = await tx.select({ startsAt: activities.startsAt, endsAt: activities.endsAt, registrationDeadline: activities.registrationDeadline })
      .from(activities).where(and(eq(activities.id, activity.id), eq(activities.organisationId, activity.organisationId)));
    if (!stored) return { ok: false, reason: 'not-found' } as const;
    const unconfirmed = calendarFailure(activityDateConcerns(input, stored), input.confirmCalendar);
    if (unconfirmed) return unconfirmed;
    const audience = await resolveAudience(tx, activity.organisationId, input);
    if (!audience.ok) return audience;
    const [row] = await tx.update(activities).set(detailValues(input, audience))
      .where(and(eq(activities.id, activity.id), eq(activities.organisationId, activity.organisationId), sql`${activities.seatsTaken} <= ${input.capacity}`))
      .returning({ id: activities.id });
    if (row) return { ok: true } as const;
    const [existing] = await tx.select({ seatsTaken: activities.seatsTaken }).from(activities)
      .where(and(eq(activities.id, activity.id), eq(activities.organisationId, activity.organisationId)));
    return existing ? { ok: false, reason: 'capacity-below-taken', seatsTaken: existing.seatsTaken } as const : { ok: false, reason: 'not-found' } as const;
  });
}

type ActivityDays = { startsAt: Date; endsAt: Date };

/**
 * Locks the activity row of this organisation for the transaction, so that concurrent edits of
 * its programme or questions renumber one after the other. Null: not this organisation's.
 */
async function lockActivity(tx: Tx, activity: ManagedActivity): Promise<ActivityDays | null> {
  const [row] = await tx.select({ startsAt: activities.startsAt, endsAt: activities.endsAt }).from(activities)
    .where(and(eq(activities.id, activity.id), eq(activities.organisationId, activity.organisationId))).for('no key update');
  return row ?? null;
}

/** The days of this organisation's activity, which a programme part or an extra is checked against. */
async function activityDays(activity: ManagedActivity): Promise<ActivityDays | null> {
  const [row] = await db().select({ startsAt: activities.startsAt, endsAt: activities.endsAt }).from(activities)
    .where(and(eq(activities.id, activity.id), eq(activities.organisationId, activity.organisationId)));
  return row ?? null;
}

type Ordered = typeof activityProgrammeItems | typeof activityQuestions;

/**
 * Closes the gap a removed item left. Positions are unique per activity (a non-deferrable index),
 * so they pass through negative numbers: shifting in place could collide halfway.
 */
async function closeGap(tx: Tx, table: Ordered, activityId: string, removedPosition: number): Promise<void> {
  await tx.execute(sql`update ${table} set position = -(position - 1) where activity_id = ${activityId} and position > ${removedPosition}`);
  await tx.execute(sql`update ${table} set position = -position where activity_id = ${activityId} and position < 0`);
}

/** Swaps two positions through a free one (0 is never used: positions run 1..n). */
async function swapPositions(tx: Tx, table: Ordered, a: { id: string; position: number }, b: { id: string; position: number }): Promise<void> {
  await tx.execute(sql`update ${table} set position = 0 where id = ${a.id}`);
  await tx.execute(sql`update ${table} set position = ${a.position} where id = ${b.id}`);
  await tx.execute(sql`update ${table} set position = ${b.position} where id = ${a.id}`);
}

async function nextPosition(tx: Tx, table: Ordered, activityId: string): Promise<number | null> {
  const [row] = await tx.select({ count: sql<number>`count(*)::int`, max: sql<number>`coalesce(max(${table.position}), 0)::int` })
    .from(table).where(eq(table.activityId, activityId));
  return (row?.count ?? 0) >= itemLimit ? null : (row?.max ?? 0) + 1;
}

export type ItemResult = { ok: true } | { ok: false; reason: 'not-found' | 'too-many' };

export const itemFailures = {
  'not-found': { status: 404, key: 'activitiesItemNotFound' },
  'too-many': { status: 409, key: 'activitiesTooManyItems' }
} satisfies FailureMap<ItemResult>;

// ---------- programme ----------

export type ProgrammePartResult = ItemResult | { ok: false; reason: 'outside-activity' };

export const programmePartFailures = {
  ...itemFailures,
  'outside-activity': { status: 400, field: 'date', key: 'activitiesPartOutsideActivity' }
} satisfies FailureMap<ProgrammePartResult>;

export async function addProgrammePart(activity: ManagedActivity, input: ProgrammePartInput): Promise<ProgrammePartResult> {
  return db().transaction(async (tx) => {
    const days = await lockActivity(tx, activity);
    if (!days) return { ok: false, reason: 'not-found' } as const;
    const part = programmePartValues(input, days);
    if (!part) return { ok: false, reason: 'outside-activity' } as const;
    const position = await nextPosition(tx, activityProgrammeItems, activity.id);
    if (position === null) return { ok: false, reason: 'too-many' } as const;
    await tx.insert(activityProgrammeItems).values({ ...part, activityId: activity.id, position });
    return { ok: true } as const;
  });
}

/** The activity ids of this organisation with this id: zero or one, for scoping item writes. */
const ownActivity = (activity: ManagedActivity) =>
  db().select({ id: activities.id }).from(activities).where(and(eq(activities.id, activity.id), eq(activities.organisationId, activity.organisationId)));

/** The date first (the form's own field), then the part: an unreadable id is a part that does not exist. */
export async function updateProgrammePart(activity: ManagedActivity, partId: string, input: ProgrammePartInput): Promise<ProgrammePartResult> {
  const days = await activityDays(activity);
  if (!days) return { ok: false, reason: 'not-found' };
  const part = programmePartValues(input, days);
  if (!part) return { ok: false, reason: 'outside-activity' };
  if (!isItemId(partId)) return { ok: false, reason: 'not-found' };
  const [row] = await db().update(activityProgrammeItems).set(part)
    .where(and(eq(activityProgrammeItems.id, partId), inArray(activityProgrammeItems.activityId, ownActivity(activity))))
    .returning({ id: activityProgrammeItems.id });
  return row ? { ok: true } : { ok: false, reason: 'not-found' };
}

export async function removeProgrammePart(activity: ManagedActivity, partId: string): Promise<ItemResult> {
  return db().transaction(async (tx) => {
    if (!(await lockActivity(tx, activity))) return { ok: false, reason: 'not-found' } as const;
    const [removed] = await tx.delete(activityProgrammeItems)
      .where(and(eq(activityProgrammeItems.id, partId), eq(activityProgrammeItems.activityId, activity.id)))
      .returning({ position: activityProgrammeItems.position });
    if (!removed) return { ok: false, reason: 'not-found' } as const;
    await closeGap(tx, activityProgrammeItems, activity.id, removed.position);
    return { ok: true } as const;
  });
}

/** Moves a part one place up or down; at either end nothing changes. */
export async function moveProgrammePart(activity: ManagedActivity, partId: string, direction: 'up' | 'down'): Promise<ItemResult> {
  return db().transaction(async (tx) => {
    if (!(await lockActivity(tx, activity))) return { ok: false, reason: 'not-found' } as const;
    const parts = await tx.select({ id: activityProgrammeItems.id, position: activityProgrammeItems.position }).from(activityProgrammeItems)
      .where(eq(activityProgrammeItems.activityId, activity.id)).orderBy(asc(activityProgrammeItems.position));
    const index = parts.findIndex((p) => p.id === partId);
    if (index < 0) return { ok: false, reason: 'not-found' } as const;
    const other = parts[direction === 'up' ? index - 1 : index + 1];
    if (other) await swapPositions(tx, activityProgrammeItems, parts[index]!, other);
    return { ok: true } as const;
  });
}

// ---------- registration questions ----------

export type QuestionResult =
  | ItemResult
  | { ok: false; reason: 'invalid-condition'; questionId: string; key: QuestionListErrorKey }
  | { ok: false; reason: 'has-dependants' | 'move-breaks-condition' };

/**
 * The edited question's own condition is refused at its field; a later question whose condition
 * the change would break, at the options. The input names the edited question (none: a new one).
 */
export const questionFailures = {
  ...itemFailures,
  'has-dependants': { status: 409, key: 'activitiesQuestionHasDependants' },
  'move-breaks-condition': { status: 409, key: 'activitiesQuestionMoveBreaksCondition' },
  'invalid-condition': (failure, input) => {
    const edited = 'id' in input && typeof input.id === 'string' ? input.id : 'new';
    if (failure.questionId !== edited) return { status: 409, field: 'options', key: 'activitiesQuestionDependantBroken' };
    const onAnswer = failure.key === 'activitiesConditionAnswerRequired' || failure.key === 'activitiesConditionNotAnOption';
    return { status: 400, field: onAnswer ? 'dependsOnAnswer' : 'dependsOnQuestionId', key: failure.key };
  }
} satisfies FailureMap<QuestionResult, object>;

async function questionsOf(tx: Tx, activityId: string) {
  return tx.select({
    id: activityQuestions.id, position: activityQuestions.position, kind: activityQuestions.kind, options: activityQuestions.options,
    dependsOnQuestionId: activityQuestions.dependsOnQuestionId, dependsOnAnswer: activityQuestions.dependsOnAnswer
  }).from(activityQuestions).where(eq(activityQuestions.activityId, activityId)).orderBy(asc(activityQuestions.position));
}

/** A new question goes last; its condition may point at any question already there. */
export async function addQuestion(activity: ManagedActivity, input: QuestionInput): Promise<QuestionResult> {
  return db().transaction(async (tx) => {
    if (!(await lockActivity(tx, activity))) return { ok: false, reason: 'not-found' } as const;
    const position = await nextPosition(tx, activityQuestions, activity.id);
    if (position === null) return { ok: false, reason: 'too-many' } as const;
    const list = [...(await questionsOf(tx, activity.id)), { ...input, id: 'new', position }];
    const check = validateQuestionList(list);
    if (!check.ok) return { ok: false, reason: 'invalid-condition', questionId: check.questionId, key: check.key } as const;
    await tx.insert(activityQuestions).values({ ...input, activityId: activity.id, position });
    return { ok: true } as const;
  });
}

/**
 * Changes a question in place. The whole list is checked as it would be, so changing the options
 * of a question that others depend on cannot take away the answer they wait for.
 */
export async function updateQuestion(activity: ManagedActivity, questionId: string, input: QuestionInput): Promise<QuestionResult> {
  return db().transaction(async (tx) => {
    if (!(await lockActivity(tx, activity))) return { ok: false, reason: 'not-found' } as const;
    const current = await questionsOf(tx, activity.id);
    if (!current.some((q) => q.id === questionId)) return { ok: false, reason: 'not-found' } as const;
    const check = validateQuestionList(current.map((q) => (q.id === questionId ? { ...q, ...input } : q)));
    if (!check.ok) return { ok: false, reason: 'invalid-condition', questionId: check.questionId, key: check.key } as const;
    await tx.update(activityQuestions).set(input).where(and(eq(activityQuestions.id, questionId), eq(activityQuestions.activityId, activity.id)));
    return { ok: true } as const;
  });
}

/**
 * Removes a question. One that other questions depend on is refused rather than silently turning
 * those into unconditional questions: the organiser decides what becomes of them first.
 */
export async function removeQuestion(activity: ManagedActivity, questionId: string): Promise<QuestionResult> {
  return db().transaction(async (tx) => {
    if (!(await lockActivity(tx, activity))) return { ok: false, reason: 'not-found' } as const;
    const current = await questionsOf(tx, activity.id);
    const question = current.find((q) => q.id === questionId);
    if (!question) return { ok: false, reason: 'not-found' } as const;
    if (current.some((q) => q.dependsOnQuestionId === questionId)) return { ok: false, reason: 'has-dependants' } as const;
    await tx.delete(activityQuestions).where(eq(activityQuestions.id, questionId));
    await closeGap(tx, activityQuestions, activity.id, question.position);
    return { ok: true } as const;
  });
}

/** Moves a question one place; refused when it would come before the question it depends on (or vice versa). */
export async function moveQuestion(activity: ManagedActivity, questionId: string, direction: 'up' | 'down'): Promise<QuestionResult> {
  return db().transaction(async (tx) => {
    if (!(await lockActivity(tx, activity))) return { ok: false, reason: 'not-found' } as const;
    const current = await questionsOf(tx, activity.id);
    const index = current.findIndex((q) => q.id === questionId);
    if (index < 0) return { ok: false, reason: 'not-found' } as const;
    const moved = movedList(current, index, direction);
    if (!moved) return { ok: true } as const;
    if (!validateQuestionList(moved).ok) return { ok: false, reason: 'move-breaks-condition' } as const;
    await swapPositions(tx, activityQuestions, current[index]!, current[direction === 'up' ? index - 1 : index + 1]!);
    return { ok: true } as const;
  });
}

// ---------- extras ----------

export type ExtraResult = ItemResult
  | { ok: false; reason: 'capacity-below-taken'; seatsTaken: number } | { ok: false; reason: 'chosen' | 'date-far' };

export const extraFailures = {
  ...itemFailures,
  'capacity-below-taken': { status: 409, field: 'capacity', key: 'activitiesExtraCapacityBelowTaken' },
  chosen: { status: 409, key: 'activitiesExtraChosen' },
  'date-far': { status: 400, field: 'date', key: 'activitiesExtraDateFar' }
} satisfies FailureMap<ExtraResult>;

const extraValues = (input: ExtraInput) => ({ title: input.title, date: input.date, priceCents: input.price, capacity: input.capacity });

/** An extra such as a dinner lies during the activity or at most a week before or after it. */
export async function addExtra(activity: ManagedActivity, input: ExtraInput): Promise<ExtraResult> {
  return db().transaction(async (tx) => {
    const days = await lockActivity(tx, activity);
    if (!days) return { ok: false, reason: 'not-found' } as const;
    if (!extraDateFitsActivity(input.date, days)) return { ok: false, reason: 'date-far' } as const;
    const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(activityExtras).where(eq(activityExtras.activityId, activity.id));
    if ((row?.count ?? 0) >= itemLimit) return { ok: false, reason: 'too-many' } as const;
    await tx.insert(activityExtras).values({ ...extraValues(input), activityId: activity.id });
    return { ok: true } as const;
  });
}

/** Like the activity's capacity: never below the seats taken, checked in the UPDATE. An unreadable id: not found. */
export async function updateExtra(activity: ManagedActivity, extraId: string, input: ExtraInput): Promise<ExtraResult> {
  const days = await activityDays(activity);
  if (!days) return { ok: false, reason: 'not-found' };
  if (!extraDateFitsActivity(input.date, days)) return { ok: false, reason: 'date-far' };
  if (!isItemId(extraId)) return { ok: false, reason: 'not-found' };
  const scope = and(eq(activityExtras.id, extraId), inArray(activityExtras.activityId, ownActivity(activity)));
  const [row] = await db().update(activityExtras).set(extraValues(input))
    .where(and(scope, input.capacity === null ? undefined : sql`${activityExtras.seatsTaken} <= ${input.capacity}`))
    .returning({ id: activityExtras.id });
  if (row) return { ok: true };
  const [existing] = await db().select({ seatsTaken: activityExtras.seatsTaken }).from(activityExtras).where(scope);
  return existing ? { ok: false, reason: 'capacity-below-taken', seatsTaken: existing.seatsTaken } : { ok: false, reason: 'not-found' };
}

/**
 * Removes an extra nobody chose; once a registration chose it, it stays (their choice is on record).
 * The extra's row is locked first: a registration that is choosing it right now holds a key-share
 * lock on it, so this waits for that registration and then sees its choice.
 */
export async function removeExtra(activity: ManagedActivity, extraId: string): Promise<ExtraResult> {
  return db().transaction(async (tx) => {
    const scope = and(eq(activityExtras.id, extraId), inArray(activityExtras.activityId, ownActivity(activity)));
    const [extra] = await tx.select({ id: activityExtras.id }).from(activityExtras).where(scope).for('update');
    if (!extra) return { ok: false, reason: 'not-found' } as const;
    const [chosen] = await tx.select({ id: registrationExtras.registrationId }).from(registrationExtras).where(eq(registrationExtras.extraId, extra.id)).limit(1);
    if (chosen) return { ok: false, reason: 'chosen' } as const;
    await tx.delete(activityExtras).where(eq(activityExtras.id, extra.id));
    return { ok: true } as const;
  });
}
