import { and, asc, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { hashSecret } from '$lib/server/auth/tokens';
import { db } from '$lib/server/db/client';
import { calendarFeeds, meetingAttendance, meetingAttendees, meetings, meetingSubmissions } from './tables.server';
import { learningNetworkMembers, learningNetworks } from '../learning-networks/tables.server';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import type { AuthorizedSchoolId } from '$lib/server/tenancy';
import type { JobCohort, WorkspaceCohort } from '../learning-networks/types';
import type { OwnAccount } from '../people/types';
import type { MeetingView, WorkspaceMeeting } from './types';

const meetingColumns = {
  id: meetings.id, learningNetworkId: meetings.learningNetworkId, sequence: meetings.sequence, startsAt: meetings.startsAt,
  durationMinutes: meetings.durationMinutes, onlineUrl: meetings.onlineUrl, learningQuestion: meetings.learningQuestion,
  agenda: meetings.agenda, moderatorName: meetings.moderatorName, harvest: meetings.harvest,
  harvestPublishedAt: meetings.harvestPublishedAt, harvestPublic: meetings.harvestPublic,
  attendanceRecordedAt: meetings.attendanceRecordedAt
};

export async function listMeetings(cohort: WorkspaceCohort) {
  return db().select(meetingColumns).from(meetings).where(eq(meetings.learningNetworkId, cohort.id)).orderBy(asc(meetings.sequence));
}

/** A meeting with what every guard needs: its learning network, network and organisation. */
export async function findMeetingById(meetingId: string) {
  const [row] = await db().select({
    ...meetingColumns, schoolYear: learningNetworks.schoolYear, networkId: networks.id, networkName: networks.name,
    networkSlug: networks.slug, organisationId: organisations.id, organisationSlug: organisations.slug, organisationName: organisations.name
  }).from(meetings)
    .innerJoin(learningNetworks, eq(learningNetworks.id, meetings.learningNetworkId))
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

export async function findMeetingBySequence(learningNetworkId: string, sequence: number) {
  const [row] = await db().select({ id: meetings.id }).from(meetings)
    .where(and(eq(meetings.learningNetworkId, learningNetworkId), eq(meetings.sequence, sequence)));
  return row ? findMeetingById(row.id) : null;
}

export async function listSubmissions(meeting: MeetingView) {
  const meetingId = meeting.id;
  return db().select({
    id: meetingSubmissions.id, kind: meetingSubmissions.kind, body: meetingSubmissions.body, theme: meetingSubmissions.theme,
    createdAt: meetingSubmissions.createdAt, schoolName: schools.name, personName: people.name
  }).from(meetingSubmissions)
    .innerJoin(schools, eq(schools.id, meetingSubmissions.schoolId))
    .leftJoin(people, eq(people.id, meetingSubmissions.personId))
    .where(eq(meetingSubmissions.meetingId, meetingId))
    .orderBy(asc(meetingSubmissions.theme), asc(meetingSubmissions.kind), asc(meetingSubmissions.createdAt));
}

export async function listAttendance(meeting: WorkspaceMeeting) {
  const meetingId = meeting.id;
  const [schoolRows, personRows] = await Promise.all([
    db().select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId)),
    db().select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId))
  ]);
  return { schools: schoolRows, people: personRows };
}

/** The staff of the learning network's member schools (attendance per person, invitations). */
export async function listMemberStaff(cohort: WorkspaceCohort) {
  const learningNetworkId = cohort.id;
  return db().select({ personId: people.id, name: people.name, email: people.email, schoolId: schoolStaff.schoolId })
    .from(learningNetworkMembers)
    .innerJoin(schoolStaff, eq(schoolStaff.schoolId, learningNetworkMembers.schoolId))
    .innerJoin(people, eq(people.id, schoolStaff.personId))
    .where(and(eq(learningNetworkMembers.learningNetworkId, learningNetworkId), eq(learningNetworkMembers.active, true)))
    .orderBy(asc(people.name));
}

/** Meetings of the learning networks a school is an active member of. */
export async function listSchoolMeetings(schoolId: AuthorizedSchoolId) {
  return db().select({ ...meetingColumns, schoolYear: learningNetworks.schoolYear, networkName: networks.name })
    .from(meetings)
    .innerJoin(learningNetworks, eq(learningNetworks.id, meetings.learningNetworkId))
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .innerJoin(learningNetworkMembers, and(eq(learningNetworkMembers.learningNetworkId, learningNetworks.id),
      eq(learningNetworkMembers.schoolId, schoolId), eq(learningNetworkMembers.active, true)))
    .orderBy(desc(meetings.startsAt));
}

/** Meetings for one person's calendar: every learning network any of their schools belongs to. */
export async function listPersonMeetings(personId: string) {
  return db().selectDistinct({ ...meetingColumns, networkName: networks.name })
    .from(meetings)
    .innerJoin(learningNetworks, eq(learningNetworks.id, meetings.learningNetworkId))
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .innerJoin(learningNetworkMembers, and(eq(learningNetworkMembers.learningNetworkId, learningNetworks.id), eq(learningNetworkMembers.active, true)))
    .innerJoin(schoolStaff, and(eq(schoolStaff.schoolId, learningNetworkMembers.schoolId), eq(schoolStaff.personId, personId)))
    .orderBy(asc(meetings.startsAt));
}

export async function findCalendarFeedOwner(secret: string): Promise<string | null> {
  const [row] = await db().select({ personId: calendarFeeds.personId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hashSecret(secret)));
  return row?.personId ?? null;
}

export async function hasCalendarFeed(account: OwnAccount): Promise<boolean> {
  const [row] = await db().select({ personId: calendarFeeds.personId }).from(calendarFeeds).where(eq(calendarFeeds.personId, account.id));
  return !!row;
}

/** Public fields of the meetings of a network's learning networks: date, question, public harvest. */
export async function listPublicMeetings(networkId: string, schoolYear?: number) {
  return db().select({
    schoolYear: learningNetworks.schoolYear, sequence: meetings.sequence, startsAt: meetings.startsAt,
    learningQuestion: meetings.learningQuestion,
    harvest: sql<string | null>`case when ${meetings.harvestPublic} and ${meetings.harvestPublishedAt} is not null then ${meetings.harvest} end`
  }).from(meetings)
    .innerJoin(learningNetworks, eq(learningNetworks.id, meetings.learningNetworkId))
    .where(and(eq(learningNetworks.networkId, networkId), schoolYear === undefined ? undefined : eq(learningNetworks.schoolYear, schoolYear)))
    .orderBy(desc(learningNetworks.schoolYear), asc(meetings.sequence));
}

export async function listPublishedPublicHarvests(networkId: string) {
  return db().select({ schoolYear: learningNetworks.schoolYear, sequence: meetings.sequence, startsAt: meetings.startsAt,
    learningQuestion: meetings.learningQuestion, harvest: meetings.harvest })
    .from(meetings).innerJoin(learningNetworks, eq(learningNetworks.id, meetings.learningNetworkId))
    .where(and(eq(learningNetworks.networkId, networkId), eq(meetings.harvestPublic, true), isNotNull(meetings.harvestPublishedAt)))
    .orderBy(desc(meetings.startsAt));
}

/** Everyone on the staff of the learning network's member schools, once each (mail recipients). */
export async function listRecipients(cohort: JobCohort) {
  const learningNetworkId = cohort.id;
  return db().selectDistinct({ email: people.email, name: people.name, locale: people.locale }).from(learningNetworkMembers)
    .innerJoin(schoolStaff, eq(schoolStaff.schoolId, learningNetworkMembers.schoolId))
    .innerJoin(people, eq(people.id, schoolStaff.personId))
    .where(and(eq(learningNetworkMembers.learningNetworkId, learningNetworkId), eq(learningNetworkMembers.active, true)));
}

/** The coming meetings for one person, with the school through which they take part (workspace). */
export async function listUpcomingMeetingsForPerson(account: OwnAccount, now = new Date()) {
  const personId = account.id;
  return db().select({
    id: meetings.id, sequence: meetings.sequence, startsAt: meetings.startsAt, durationMinutes: meetings.durationMinutes,
    learningQuestion: meetings.learningQuestion, networkName: networks.name, institutionNumber: schools.institutionNumber, schoolName: schools.name
  }).from(meetings)
    .innerJoin(learningNetworks, eq(learningNetworks.id, meetings.learningNetworkId))
    .innerJoin(networks, eq(networks.id, learningNetworks.networkId))
    .innerJoin(learningNetworkMembers, and(eq(learningNetworkMembers.learningNetworkId, learningNetworks.id), eq(learningNetworkMembers.active, true)))
    .innerJoin(schoolStaff, and(eq(schoolStaff.schoolId, learningNetworkMembers.schoolId), eq(schoolStaff.personId, personId)))
    .innerJoin(schools, eq(schools.id, schoolStaff.schoolId))
    .where(gt(meetings.startsAt, now))
    .orderBy(asc(meetings.startsAt))
    .limit(20);
}
