import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type MeetingAction =
  | 'plan' | 'edit' | 'view-overview' | 'view-as-school' | 'submit' | 'read-harvest-as-school' | 'read-harvest-public';

export interface MeetingSubject {
  organisationId: string;
  memberSchoolIds?: string[];
  schoolId?: string;
  harvestPublished?: boolean;
  harvestPublic?: boolean;
}

/**
 * Facilitators of the owning organisation plan meetings, see what members sent in, record
 * attendance and write the harvest; coaches follow. A school sees a meeting, every member school's
 * submissions and the published harvest only while it is a member of that learning network.
 */
export function canMeeting(actor: Actor | null, action: MeetingAction, subject: MeetingSubject): boolean {
  const facilitator = hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  const memberSchool = !!subject.schoolId && schoolAccessOf(actor, subject.schoolId) !== null &&
    !!subject.memberSchoolIds?.includes(subject.schoolId);
  switch (action) {
    case 'plan':
    case 'edit':
      return facilitator;
    case 'view-overview':
      return facilitator || hasOrganisationRole(actor, subject.organisationId, 'coach');
    case 'view-as-school':
    case 'submit':
      return memberSchool;
    case 'read-harvest-as-school':
      return memberSchool && !!subject.harvestPublished;
    case 'read-harvest-public':
      return !!subject.harvestPublished && !!subject.harvestPublic;
  }
}

/** What a meeting's page offers the actor, on the organiser's side and a member school's. */
export function meetingAbilities(actor: Actor | null, subject: MeetingSubject) {
  return {
    edit: canMeeting(actor, 'edit', subject),
    readHarvest: canMeeting(actor, 'read-harvest-as-school', subject)
  };
}
