import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type LearningNetworkAction = 'manage' | 'view-overview' | 'view-as-school';

export interface LearningNetworkSubject {
  organisationId: string;
  /** The schools that are active members of the learning network. */
  memberSchoolIds?: string[];
  /** For 'view-as-school': the school the actor acts for. */
  schoolId?: string;
}

/**
 * The owning organisation's facilitators run learning networks (participants, forming, changes);
 * its coaches may follow them. A school sees a learning network only while it is a member.
 */
export function canLearningNetwork(actor: Actor | null, action: LearningNetworkAction, subject: LearningNetworkSubject): boolean {
  switch (action) {
    case 'manage':
      return hasOrganisationRole(actor, subject.organisationId, 'facilitator');
    case 'view-overview':
      return hasOrganisationRole(actor, subject.organisationId, 'facilitator') ||
        hasOrganisationRole(actor, subject.organisationId, 'coach');
    case 'view-as-school':
      return !!subject.schoolId && schoolAccessOf(actor, subject.schoolId) !== null &&
        !!subject.memberSchoolIds?.includes(subject.schoolId);
  }
}

/** What the learning network pages of an organisation offer the actor, asked once per load. */
export function learningNetworkAbilities(actor: Actor | null, subject: LearningNetworkSubject) {
  return { manage: canLearningNetwork(actor, 'manage', subject) };
}
