import { and, eq, isNull, sql } from 'drizzle-orm';
import { hashSecret, newSecret } from '$lib/server/auth/tokens';
import { db } from '$lib/server/db/client';
import { calendarFeeds, meetingAttendance, meetingAttendees, meetings, meetingSubmissions } from './tables.server';
import { learningNetworkMembers, learningNetworks } from '../learning-networks/tables.server';
import { networks } from '../networks/tables.server';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId, AuthorizedSchoolId } from '$lib/server/tenancy';
import type { ManagedCohort } from '../learning-networks/types';
import type { OwnAccount } from '../people/types';
import type { ManagedMeeting, SchoolMeeting } from './types';
import { meetingNotifyJob, recordReminders } from './jobs.server';
import type { MeetingDetails } from './schema';
import { checkMeetingDates, type MeetingDateCheck } from './rules';
import { brusselsInstant } from '$lib/kernel/time';

/** The meeting, if it belongs to a learning network of this organisation (tenancy in SQL). */
async function ownedMeeting(organisationId: AuthorizedOrgId, meetingId: string) {
  const [row] = await db().select({ id: meetings.id, startsAt: meetings.startsAt, learningNetworkId: meetings.learningNetworkId,
    harvestPublishedAt: meetings.harvestPublishedAt, schoolYear: learningNetworks.schoolYear })
    .from(meetings)
    .innerJoin(learningNetworks, eq(learningNetworks.id, meetings.learningNetworkId))
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .where(and(eq(meetings.id, meetingId), eq(networks.organisationId, organisationId)));
  return row ?? null;
}

export interface PlannedMeeting { date: string; time: string; learningQuestion: string }

/** Dates outside the cohort's school year are refused; free days and past dates need `confirmed`. */
export type MeetingDatesRefusal = { ok: false; reason: 'calendar' } & MeetingDateCheck;

function calendarRefusal(check: MeetingDateCheck, confirmed: boolean): MeetingDatesRefusal | null {
  const blocking = Object.keys(check.refused).length > 0 || (!confirmed && Object.keys(check.concerns).length > 0);
  return blocking ? { ok: false, reason: 'calendar', ...check } : null;
}

/** Dates outside the school year must change (400); free days and past dates only need confirming (422). */
export const meetingDatesFailures = {
  calendar: (failure) => ({ refused: failure.refused, warnings: failure.concerns })
} satisfies FailureMap<MeetingDatesRefusal>;

/**
 * Creates the three meetings, then sends invitations and schedules the reminders (jobs). A meeting
 * in the past (a school year planned afterwards) gets neither: `past` says how many that were.
 */
export async function planMeetings(
  organisationId: AuthorizedOrgId, cohortRef: ManagedCohort, planned: PlannedMeeting[],
  options: { confirmed?: boolean; now?: Date } = {}
): Promise<{ ok: true; created: number; past: number } | { ok: false; reason: 'not-found' | 'already-planned' } | MeetingDatesRefusal> {
  const learningNetworkId = cohortRef.id;
  const now = options.now ?? new Date();
  const [cohort] = await db().select({ schoolYear: learningNetworks.schoolYear }).from(learningNetworks)
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .where(and(eq(learningNetworks.id, learningNetworkId), eq(networks.organisationId, organisationId)));
  if (!cohort) return { ok: false, reason: 'not-found' };
  const refusal = calendarRefusal(checkMeetingDates(planned.map((p, i) => ({ field: `date${i + 1}`, ...p })), cohort.schoolYear, now), !!options.confirmed);
  if (refusal) return refusal;
  return transactionWithJobs(async (tx) => {
    const created = await tx.insert(meetings).values(planned.map((p, i) => ({
      learningNetworkId, sequence: i + 1, startsAt: brusselsInstant(p.date, p.time), learningQuestion: p.learningQuestion
    }))).onConflictDoNothing().returning({ id: meetings.id, startsAt: meetings.startsAt });
    if (created.length === 0) return { ok: false, reason: 'already-planned' } as const;
    const upcoming = created.filter((meeting) => meeting.startsAt.getTime() > now.getTime());
    for (const meeting of upcoming) {
      await recordJob(tx, meetingNotifyJob, { meetingId: meeting.id, kind: 'invitation', startsAt: meeting.startsAt.toISOString() }, { singletonKey: `invite:${meeting.id}` });
      await recordReminders(tx, meeting.id, meeting.startsAt);
    }
    return { ok: true, created: created.length, past: created.length - upcoming.length } as const;
  });
}

/** Saves a meeting's details; a new date is checked like a planned one (reminders skip the past). */
export async function updateMeeting(
  organisationId: AuthorizedOrgId, managed: ManagedMeeting, details: MeetingDetails, options: { confirmed?: boolean; now?: Date } = {}
): Promise<{ ok: true } | { ok: false; reason: 'not-found' } | MeetingDatesRefusal> {
  const meetingId = managed.id;
  const meeting = await ownedMeeting(organisationId, meetingId);
  if (!meeting) return { ok: false, reason: 'not-found' };
  const startsAt = brusselsInstant(details.date, details.time);
  const moved = startsAt.getTime() !== meeting.startsAt.getTime();
  if (moved) {
    const refusal = calendarRefusal(checkMeetingDates([{ field: 'date', ...details }], meeting.schoolYear, options.now ?? new Date()), !!options.confirmed);
    if (refusal) return refusal;
  }
  await transactionWithJobs(async (tx) => {
    await tx.update(meetings).set({
      startsAt, durationMinutes: details.durationMinutes, onlineUrl: details.onlineUrl, learningQuestion: details.learningQuestion,
      moderatorName: details.moderatorName, agenda: details.agenda
    }).where(eq(meetings.id, meetingId));
    // Reminders carry the date they were made for; a moved meeting gets new ones, the old ones skip.
    if (moved) await recordReminders(tx, meetingId, startsAt);
  });
  return { ok: true };
}

export async function addSubmission(schoolId: AuthorizedSchoolId, seen: SchoolMeeting, personId: string, input: { kind: 'question' | 'experience'; body: string }): Promise<boolean> {
  const meetingId = seen.id;
  // Only a member school of the meeting's learning network can send in (checked again in SQL).
  const [member] = await db().select({ id: meetings.id }).from(meetings)
    .innerJoin(learningNetworkMembers, and(eq(learningNetworkMembers.learningNetworkId, meetings.learningNetworkId),
      eq(learningNetworkMembers.schoolId, schoolId), eq(learningNetworkMembers.active, true)))
    .where(eq(meetings.id, meetingId));
  if (!member) return false;
  await db().insert(meetingSubmissions).values({ meetingId, schoolId, personId, kind: input.kind, body: input.body });
  return true;
}

export async function setSubmissionTheme(organisationId: AuthorizedOrgId, managed: ManagedMeeting, submissionId: string, theme: string | null): Promise<void> {
  const meetingId = managed.id;
  if (!(await ownedMeeting(organisationId, meetingId))) return;
  await db().update(meetingSubmissions).set({ theme })
    .where(and(eq(meetingSubmissions.id, submissionId), eq(meetingSubmissions.meetingId, meetingId)));
}

/** Adds a submitted question as a 10-minute item at the end of the agenda. */
export async function addSubmissionToAgenda(organisationId: AuthorizedOrgId, managed: ManagedMeeting, submissionId: string): Promise<boolean> {
  const meetingId = managed.id;
  if (!(await ownedMeeting(organisationId, meetingId))) return false;
  const [submission] = await db().select({ body: meetingSubmissions.body }).from(meetingSubmissions)
    .where(and(eq(meetingSubmissions.id, submissionId), eq(meetingSubmissions.meetingId, meetingId)));
  if (!submission) return false;
  const title = submission.body.length > 190 ? `${submission.body.slice(0, 187)}…` : submission.body;
  await db().update(meetings)
    .set({ agenda: sql`${meetings.agenda} || ${JSON.stringify([{ minutes: 10, title }])}::jsonb` })
    .where(eq(meetings.id, meetingId));
  return true;
}

export async function recordAttendance(
  organisationId: AuthorizedOrgId, managed: ManagedMeeting,
  input: { schools: { schoolId: string; present: boolean; otherAttendees: string }[]; people: { personId: string; schoolId: string }[] }
): Promise<boolean> {
  const meetingId = managed.id;
  if (!(await ownedMeeting(organisationId, meetingId))) return false;
  await db().transaction(async (tx) => {
    await tx.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
    await tx.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId));
    if (input.schools.length > 0) await tx.insert(meetingAttendance).values(input.schools.map((s) => ({ meetingId, ...s })));
    if (input.people.length > 0) await tx.insert(meetingAttendees).values(input.people.map((p) => ({ meetingId, ...p })));
    await tx.update(meetings).set({ attendanceRecordedAt: new Date() }).where(eq(meetings.id, meetingId));
  });
  return true;
}

export async function saveHarvest(organisationId: AuthorizedOrgId, managed: ManagedMeeting, input: { harvest: string; harvestPublic: boolean }): Promise<boolean> {
  const meetingId = managed.id;
  if (!(await ownedMeeting(organisationId, meetingId))) return false;
  await db().update(meetings).set(input).where(eq(meetings.id, meetingId));
  return true;
}

/** Publishes the harvest to the members once, and mails them (a second publish sends nothing). */
export async function publishHarvest(organisationId: AuthorizedOrgId, managed: ManagedMeeting): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'empty' | 'already-published' }> {
  const meetingId = managed.id;
  const meeting = await ownedMeeting(organisationId, meetingId);
  if (!meeting) return { ok: false, reason: 'not-found' };
  const published = await transactionWithJobs(async (tx) => {
    const [row] = await tx.update(meetings).set({ harvestPublishedAt: new Date() })
      .where(and(eq(meetings.id, meetingId), isNull(meetings.harvestPublishedAt), sql`length(trim(${meetings.harvest})) > 0`))
      .returning({ id: meetings.id });
    if (row) await recordJob(tx, meetingNotifyJob, { meetingId, kind: 'harvest', startsAt: meeting.startsAt.toISOString() }, { singletonKey: `harvest:${meetingId}` });
    return !!row;
  });
  if (!published) return { ok: false, reason: meeting.harvestPublishedAt ? 'already-published' : 'empty' };
  return { ok: true };
}

/** A new secret feed URL; the previous one stops working at once. */
export async function renewCalendarFeed(account: OwnAccount): Promise<string> {
  const personId = account.id;
  const secret = newSecret();
  await db().insert(calendarFeeds).values({ personId, tokenHash: hashSecret(secret) })
    .onConflictDoUpdate({ target: calendarFeeds.personId, set: { tokenHash: hashSecret(secret), createdAt: new Date() } });
  return secret;
}

export async function revokeCalendarFeed(account: OwnAccount): Promise<void> {
  await db().delete(calendarFeeds).where(eq(calendarFeeds.personId, account.id));
}

export const planMeetingsFailures = {
  ...meetingDatesFailures,
  'already-planned': { status: 409, key: 'alreadyPlanned' },
  'not-found': { status: 409, key: 'alreadyPlanned' }
} satisfies FailureMap<Awaited<ReturnType<typeof planMeetings>>>;

/** addSubmissionToAgenda answers false for a submission (or meeting) that is not there. */
export const agendaFailures = {
  'not-found': { status: 404, key: 'submissionNotFound' }
} satisfies FailureMap<{ ok: false; reason: 'not-found' }>;

export const publishHarvestFailures = {
  empty: { status: 409, key: 'harvestEmpty' },
  'already-published': { status: 409, key: 'harvestAlreadyPublished' },
  'not-found': { status: 409, key: 'harvestAlreadyPublished' }
} satisfies FailureMap<Awaited<ReturnType<typeof publishHarvest>>>;
