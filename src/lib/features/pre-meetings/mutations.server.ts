import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { activityPreMeetingOptions, activityPreMeetingQuestions, activityPreMeetings, activityPreMeetingVotes } from './tables.server';
import { activities } from '../activities/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { registrations } from '../registrations/tables.server';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { ManagedActivity } from '../activities/types';
import { calendarConcerns, type CalendarConcernKey } from '../calendar/rules';
import { bulkMailJob } from '../mail/jobs.server';
import type { MailRecipient } from '../mail/schema';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { findMailBrand } from '../organisations/data.server';
import { preMeetingMail, type ChosenPreMeeting } from './emails/pre-meeting-mails';
import { checkCandidate, participantStatuses, preMeetingLimits, type VoteAnswer } from './rules';
import type { PreMeetingParticipant } from './types';

// The organiser's writes take `ManagedActivity`, the participant's `PreMeetingParticipant` (ADR 020).
// The organiser's still check in SQL that the handle's organisation owns the activity (a second
// belt); the participant's still check the seat in their transaction (it may be gone by now).
async function ownedActivity(tx: Tx, managed: ManagedActivity) {
  const [row] = await tx.select({
    id: activities.id, title: activities.title, slug: activities.slug, organisationSlug: organisations.slug, startsAt: activities.startsAt
  }).from(activities).innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(and(eq(activities.id, managed.id), eq(activities.organisationId, managed.organisationId)));
  return row ?? null;
}

/**
 * Locks the activity's pre-meeting row (creating it with defaults when missing). Removing and
 * picking a date both take this lock first, so a date can never be removed while it is being
 * picked, and the two never wait on each other in opposite order.
 */
/**
 * Locks the pre-meeting without creating it, for changes to its dates: without one there is no
 * date to remove or pick, and a refusal must write nothing (found by the action fuzz suite).
 */
async function lockExistingPreMeeting(tx: Tx, activityId: string) {
  const [row] = await tx.select().from(activityPreMeetings).where(eq(activityPreMeetings.activityId, activityId)).for('update');
  return row ?? null;
}

async function lockPreMeeting(tx: Tx, activityId: string) {
  await tx.insert(activityPreMeetings).values({ activityId }).onConflictDoNothing();
  const [row] = await tx.select().from(activityPreMeetings).where(eq(activityPreMeetings.activityId, activityId)).for('update');
  return row!;
}

export type PreMeetingResult = { ok: true } | { ok: false; reason: 'not-found' };
export type SettingsResult = { ok: true; mailed: number } | { ok: false; reason: 'not-found' };

export const settingsFailures = { 'not-found': { status: 404, key: 'activityNotFound' } } satisfies FailureMap<SettingsResult>;
export const preMeetingQuestionFailures = { 'not-found': { status: 404, key: 'preMeetingQuestionNotFound' } } satisfies FailureMap<PreMeetingResult>;

/** Strictly later than the previous pick or change, even within the same second: the SEQUENCE must grow. */
const nextChosenAt = (previous: Date | null, now: Date) => new Date(Math.max(now.getTime(), (previous?.getTime() ?? 0) + 1000));

async function participantRecipients(tx: Tx, activityId: string) {
  return tx.select({ email: people.email, name: people.name, locale: people.locale }).from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .where(and(eq(registrations.activityId, activityId), inArray(registrations.status, [...participantStatuses])));
}

interface Notice {
  kind: 'chosen' | 'moved' | 'updated';
  recipients: MailRecipient[];
  chosen: Omit<ChosenPreMeeting, 'pageUrl' | 'brand'>;
  pagePath: string;
  /** The organiser: the mails carry its name, logo and accent. */
  organisationId: string;
}

/**
 * Mails every participant once per change, recorded in the change's transaction (ADR 022): the
 * change and all of its mails commit together, or none of them does. Returns how many were queued.
 */
async function mailParticipants(tx: Tx, n: Notice): Promise<number> {
  const origin = readEnv().ORIGIN;
  const chosen: ChosenPreMeeting = { ...n.chosen, pageUrl: `${origin}${n.pagePath}`, brand: await findMailBrand(n.organisationId, origin, tx) };
  let queued = 0;
  for (const recipient of n.recipients) {
    const key = `pre-meeting:${chosen.activityId}:${chosen.chosenAt.toISOString()}:${recipient.email}`;
    if (await recordJob(tx, bulkMailJob, preMeetingMail(n.kind, recipient, chosen), { singletonKey: key })) queued++;
  }
  return queued;
}

/**
 * Saves the link and the duration. Once a date is chosen, a changed link or duration is mailed to
 * every participant with the updated calendar entry (a higher SEQUENCE), so nobody keeps an old link.
 */
export async function savePreMeetingSettings(
  managed: ManagedActivity, input: { onlineUrl: string; durationMinutes: number }, now = new Date()
): Promise<SettingsResult> {
  const activityId = managed.id;
  return transactionWithJobs(async (tx) => {
    const activity = await ownedActivity(tx, managed);
    if (!activity) return { ok: false, reason: 'not-found' } as const;
    const before = await lockPreMeeting(tx, activityId);
    const changed = before.onlineUrl !== input.onlineUrl || before.durationMinutes !== input.durationMinutes;
    const [option] = before.chosenOptionId && changed
      ? await tx.select({ startsAt: activityPreMeetingOptions.startsAt }).from(activityPreMeetingOptions).where(eq(activityPreMeetingOptions.id, before.chosenOptionId))
      : [];
    if (!option) {
      await tx.update(activityPreMeetings).set(input).where(eq(activityPreMeetings.activityId, activityId));
      return { ok: true, mailed: 0 } as const;
    }
    const chosenAt = nextChosenAt(before.chosenAt, now);
    await tx.update(activityPreMeetings).set({ ...input, chosenAt }).where(eq(activityPreMeetings.activityId, activityId));
    const notice: Notice = {
      kind: 'updated', recipients: await participantRecipients(tx, activityId),
      chosen: { activityId, activityTitle: activity.title, startsAt: option.startsAt, ...input, chosenAt },
      pagePath: `/activiteiten/${activity.organisationSlug}/${activity.slug}/voorbereiding`, organisationId: managed.organisationId
    };
    return { ok: true, mailed: await mailParticipants(tx, notice) } as const;
  });
}

export type AddOptionResult = { ok: true; optionId: string }
  | { ok: false; reason: 'not-found' | 'past' | 'after-activity' | 'duplicate' | 'too-many' }
  | { ok: false; reason: 'calendar'; concern: CalendarConcernKey };

export const addOptionFailures = {
  calendar: (failure) => ({ warnings: { date: failure.concern } }),
  'not-found': { status: 404, key: 'activityNotFound' },
  past: { status: 400, field: 'date', key: 'preMeetingOptionPast' },
  'after-activity': { status: 400, field: 'date', key: 'preMeetingOptionAfterActivity' },
  duplicate: { status: 409, field: 'date', key: 'preMeetingOptionDuplicate' },
  'too-many': { status: 409, field: 'date', key: 'preMeetingTooManyOptions' }
} satisfies FailureMap<AddOptionResult>;

/** A candidate date on a day without school (weekend, holiday) is added once the organiser confirms it. */
export async function addPreMeetingOption(
  managed: ManagedActivity, startsAt: Date, options: { now?: Date; confirmed?: boolean } = {}
): Promise<AddOptionResult> {
  const now = options.now ?? new Date();
  const activityId = managed.id;
  return db().transaction(async (tx) => {
    const activity = await ownedActivity(tx, managed);
    if (!activity) return { ok: false, reason: 'not-found' } as const;
    const check = checkCandidate(startsAt, { now, activityStartsAt: activity.startsAt });
    if (!check.ok) return check;
    const concern = calendarConcerns([{ field: 'date', date: brusselsDateTimeParts(startsAt).date }], now).date;
    if (concern && !options.confirmed) return { ok: false, reason: 'calendar', concern } as const;
    // The lock also serialises concurrent additions, so the limit holds.
    await lockPreMeeting(tx, activityId);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(activityPreMeetingOptions).where(eq(activityPreMeetingOptions.activityId, activityId));
    if (n >= preMeetingLimits.maxOptions) return { ok: false, reason: 'too-many' } as const;
    const [row] = await tx.insert(activityPreMeetingOptions).values({ activityId, startsAt }).onConflictDoNothing().returning({ id: activityPreMeetingOptions.id });
    if (!row) return { ok: false, reason: 'duplicate' } as const;
    return { ok: true, optionId: row.id } as const;
  });
}

export type RemoveOptionResult = { ok: true } | { ok: false; reason: 'not-found' | 'chosen' };

export const removeOptionFailures = {
  'not-found': { status: 404, key: 'preMeetingOptionNotFound' },
  chosen: { status: 409, key: 'preMeetingOptionChosen' }
} satisfies FailureMap<RemoveOptionResult>;

/** Removes a candidate date and, through the foreign key, its votes. The chosen date stays. */
export async function removePreMeetingOption(managed: ManagedActivity, optionId: string): Promise<RemoveOptionResult> {
  const activityId = managed.id;
  return db().transaction(async (tx) => {
    if (!(await ownedActivity(tx, managed))) return { ok: false, reason: 'not-found' } as const;
    const preMeeting = await lockExistingPreMeeting(tx, activityId);
    if (!preMeeting) return { ok: false, reason: 'not-found' } as const;
    if (preMeeting.chosenOptionId === optionId) return { ok: false, reason: 'chosen' } as const;
    const removed = await tx.delete(activityPreMeetingOptions)
      .where(and(eq(activityPreMeetingOptions.id, optionId), eq(activityPreMeetingOptions.activityId, activityId)))
      .returning({ id: activityPreMeetingOptions.id });
    return removed.length > 0 ? { ok: true } as const : { ok: false, reason: 'not-found' } as const;
  });
}

export type PickResult =
  | { ok: true; changed: boolean; mailed: number }
  | { ok: false; reason: 'not-found' | 'link-missing' | 'past' };

export const pickFailures = {
  'not-found': { status: 404, key: 'preMeetingOptionNotFound' },
  'link-missing': { status: 409, key: 'preMeetingLinkMissing' },
  past: { status: 409, key: 'preMeetingPickPast' }
} satisfies FailureMap<PickResult>;

/**
 * Picks the date and mails every participant once, in the same transaction. Picking the
 * date that is already chosen (a double submit) changes nothing and mails nobody; picking another
 * date mails the update, with the same calendar UID and a higher SEQUENCE.
 */
export async function pickPreMeetingOption(managed: ManagedActivity, optionId: string, now = new Date()): Promise<PickResult> {
  const activityId = managed.id;
  return transactionWithJobs(async (tx) => {
    const activity = await ownedActivity(tx, managed);
    if (!activity) return { ok: false, reason: 'not-found' } as const;
    const preMeeting = await lockExistingPreMeeting(tx, activityId);
    const [option] = preMeeting ? await tx.select({ startsAt: activityPreMeetingOptions.startsAt }).from(activityPreMeetingOptions)
      .where(and(eq(activityPreMeetingOptions.id, optionId), eq(activityPreMeetingOptions.activityId, activityId))) : [];
    if (!preMeeting || !option) return { ok: false, reason: 'not-found' } as const;
    if (preMeeting.chosenOptionId === optionId) return { ok: true, changed: false, mailed: 0 } as const;
    if (!preMeeting.onlineUrl) return { ok: false, reason: 'link-missing' } as const;
    if (option.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'past' } as const;
    const chosenAt = nextChosenAt(preMeeting.chosenAt, now);
    await tx.update(activityPreMeetings).set({ chosenOptionId: optionId, chosenAt }).where(eq(activityPreMeetings.activityId, activityId));
    const notice: Notice = {
      kind: preMeeting.chosenOptionId ? 'moved' : 'chosen', recipients: await participantRecipients(tx, activityId),
      chosen: { activityId, activityTitle: activity.title, startsAt: option.startsAt, durationMinutes: preMeeting.durationMinutes, onlineUrl: preMeeting.onlineUrl, chosenAt },
      pagePath: `/activiteiten/${activity.organisationSlug}/${activity.slug}/voorbereiding`, organisationId: managed.organisationId
    };
    return { ok: true, changed: true, mailed: await mailParticipants(tx, notice) } as const;
  });
}

/** Whether the person holds a seat, read inside the transaction that writes on their behalf. */
async function holdsSeat(tx: Tx, activityId: string, personId: string): Promise<boolean> {
  const [row] = await tx.select({ id: registrations.id }).from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.personId, personId), inArray(registrations.status, [...participantStatuses])));
  return !!row;
}

/** A participant's write. Having lost the seat is no form refusal: the route answers it as any outsider (403). */
export type ParticipantResult = { ok: true } | { ok: false; reason: 'not-participant' } | { ok: false; reason: 'closed' | 'not-found' | 'too-many' };
export type SeatHolderResult = Exclude<ParticipantResult, { reason: 'not-participant' }>;

export const voteFailures = {
  closed: { status: 409, field: 'votes', key: 'preMeetingPollClosed' },
  'not-found': { status: 404, field: 'votes', key: 'preMeetingOptionNotFound' },
  'too-many': { status: 404, field: 'votes', key: 'preMeetingOptionNotFound' }
} satisfies FailureMap<SeatHolderResult>;

export const askFailures = {
  'too-many': { status: 409, field: 'body', key: 'preMeetingTooManyQuestions' },
  closed: { status: 409, field: 'body', key: 'preMeetingQuestionsClosed' },
  'not-found': { status: 409, field: 'body', key: 'preMeetingQuestionsClosed' }
} satisfies FailureMap<SeatHolderResult>;

/** Records a participant's answers; a new answer for a date overwrites the earlier one. */
export async function castPreMeetingVotes(participant: PreMeetingParticipant, votes: { optionId: string; answer: VoteAnswer }[], now = new Date()): Promise<ParticipantResult> {
  const { activityId, personId } = participant;
  return db().transaction(async (tx) => {
    if (!(await holdsSeat(tx, activityId, personId))) return { ok: false, reason: 'not-participant' } as const;
    const [preMeeting] = await tx.select({ chosenOptionId: activityPreMeetings.chosenOptionId }).from(activityPreMeetings).where(eq(activityPreMeetings.activityId, activityId));
    if (preMeeting?.chosenOptionId) return { ok: false, reason: 'closed' } as const;
    const optionIds = votes.map((v) => v.optionId);
    const known = optionIds.length === 0 ? [] : await tx.select({ id: activityPreMeetingOptions.id }).from(activityPreMeetingOptions)
      .where(and(eq(activityPreMeetingOptions.activityId, activityId), inArray(activityPreMeetingOptions.id, optionIds)));
    if (known.length !== new Set(optionIds).size || known.length === 0) return { ok: false, reason: 'not-found' } as const;
    await tx.insert(activityPreMeetingVotes).values(votes.map((v) => ({ optionId: v.optionId, personId, answer: v.answer, updatedAt: now })))
      .onConflictDoUpdate({
        target: [activityPreMeetingVotes.optionId, activityPreMeetingVotes.personId],
        set: { answer: sql`excluded.answer`, updatedAt: now }
      });
    return { ok: true } as const;
  });
}

/** A question sent in before the meeting; once the chosen date has passed, the questions close. */
export async function askPreMeetingQuestion(participant: PreMeetingParticipant, body: string, now = new Date()): Promise<ParticipantResult> {
  const { activityId, personId } = participant;
  return db().transaction(async (tx) => {
    if (!(await holdsSeat(tx, activityId, personId))) return { ok: false, reason: 'not-participant' } as const;
    const [chosen] = await tx.select({ startsAt: activityPreMeetingOptions.startsAt }).from(activityPreMeetings)
      .innerJoin(activityPreMeetingOptions, eq(activityPreMeetingOptions.id, activityPreMeetings.chosenOptionId))
      .where(eq(activityPreMeetings.activityId, activityId));
    if (chosen && chosen.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'closed' } as const;
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(activityPreMeetingQuestions)
      .where(and(eq(activityPreMeetingQuestions.activityId, activityId), eq(activityPreMeetingQuestions.personId, personId)));
    if (n >= preMeetingLimits.maxQuestionsPerPerson) return { ok: false, reason: 'too-many' } as const;
    await tx.insert(activityPreMeetingQuestions).values({ activityId, personId, body, createdAt: now });
    return { ok: true } as const;
  });
}

/** A participant deletes one of their own questions (someone else's id finds nothing). */
export async function deletePreMeetingQuestion(participant: PreMeetingParticipant, questionId: string): Promise<PreMeetingResult> {
  const { activityId, personId } = participant;
  const removed = await db().delete(activityPreMeetingQuestions).where(and(
    eq(activityPreMeetingQuestions.id, questionId), eq(activityPreMeetingQuestions.activityId, activityId), eq(activityPreMeetingQuestions.personId, personId)
  )).returning({ id: activityPreMeetingQuestions.id });
  return removed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

/** The organiser files a question under a theme (null: back to "not yet grouped"). */
export async function setPreMeetingQuestionTheme(managed: ManagedActivity, questionId: string, theme: string | null): Promise<PreMeetingResult> {
  const updated = await db().update(activityPreMeetingQuestions).set({ theme }).where(and(
    eq(activityPreMeetingQuestions.id, questionId), eq(activityPreMeetingQuestions.activityId, managed.id),
    sql`exists (select 1 from ${activities} where ${activities.id} = ${managed.id} and ${activities.organisationId} = ${managed.organisationId})`
  )).returning({ id: activityPreMeetingQuestions.id });
  return updated.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}
