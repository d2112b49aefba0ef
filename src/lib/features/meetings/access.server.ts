// Who may see a meeting from a school (ADR 020).
import { z } from 'zod';
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { listActiveMemberSchoolIds } from '../learning-networks/data.server';
import { requireSchool } from '../schools/access.server';
import { findMeetingById } from './data.server';
import { canMeeting, type MeetingAction } from './policy';

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
  return { actor, school, schoolId, meeting, subject };
}
