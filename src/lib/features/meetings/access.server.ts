// Who may see or run a meeting (ADR 020). The organiser side reaches a meeting through its cohort;
// a school through its membership. Each way mints its own handle, which the meeting data and
// mutations take instead of a plain id.
import { z } from 'zod';
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireCohort } from '../learning-networks/access.server';
import { listActiveMemberSchoolIds } from '../learning-networks/data.server';
import { requireSchool } from '../schools/access.server';
import { findMeetingById, findMeetingBySequence } from './data.server';
import { canMeeting, type MeetingAction } from './policy';
import type { FollowedMeeting, ManagedMeeting, SchoolMeeting } from './types';

type WorkspaceAction = 'manage' | 'view-overview';
type MeetingFor<A extends WorkspaceAction> = A extends 'manage' ? ManagedMeeting : FollowedMeeting;

/** The meeting with this sequence number (1–3) in a cohort of the organisation's network. */
export async function requireCohortMeeting<A extends WorkspaceAction>(
  event: GuardEvent, organisationSlug: string, networkSlug: string, yearLabel: string, sequenceParam: string, action: A
) {
  const cohortAccess = await requireCohort(event, organisationSlug, networkSlug, yearLabel, action);
  const sequence = Number(sequenceParam);
  const meeting = Number.isInteger(sequence) ? await findMeetingBySequence(cohortAccess.cohort.id, sequence) : null;
  if (!meeting) notFound(event.locals);
  const meetingRef = grant(action === 'manage' ? 'managed-meeting' : 'followed-meeting', meeting.id) as MeetingFor<A>;
  return { ...cohortAccess, meeting, meetingRef };
}

/**
 * A meeting seen from one school: the actor must belong to the school and the school must be an
 * active member of the meeting's learning network; otherwise it does not exist for them (404).
 */
export async function requireSchoolMeeting(event: GuardEvent, institutionNumber: string, meetingId: string, action: MeetingAction) {
  const { actor, school, schoolId } = await requireSchool(event, institutionNumber, 'view-profile');
  const meeting = z.uuid().safeParse(meetingId).success ? await findMeetingById(meetingId) : null;
  if (!meeting) notFound(event.locals);
  const memberSchoolIds = await listActiveMemberSchoolIds(meeting.learningNetworkId);
  const subject = { organisationId: meeting.organisationId, memberSchoolIds, schoolId: school.id,
    harvestPublished: !!meeting.harvestPublishedAt, harvestPublic: meeting.harvestPublic };
  if (!canMeeting(actor, 'view-as-school', subject)) notFound(event.locals);
  if (!canMeeting(actor, action, subject)) forbidden(event.locals);
  return { actor, school, schoolId, meeting, subject, meetingRef: grant('school-meeting', meeting.id) as SchoolMeeting };
}
