import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type TrainingRequestAction = 'view-school-requests' | 'submit' | 'view-inbox' | 'decide';

/**
 * A school's requests belong to the school: all its staff read them, but only its coordinators
 * send one, because a request commits the school to a training. An organisation's inbox is read by
 * its facilitators and coaches; only facilitators accept (which plans an activity) or decline.
 */
export function canTrainingRequest(actor: Actor | null, action: TrainingRequestAction, subject: { schoolId?: string; organisationId?: string }): boolean {
  if (!actor) return false;
  switch (action) {
    case 'view-school-requests':
      return !!subject.schoolId && schoolAccessOf(actor, subject.schoolId) !== null;
    case 'submit':
      return !!subject.schoolId && schoolAccessOf(actor, subject.schoolId) === 'coordinator';
    case 'view-inbox':
      return !!subject.organisationId &&
        (hasOrganisationRole(actor, subject.organisationId, 'facilitator') || hasOrganisationRole(actor, subject.organisationId, 'coach'));
    case 'decide':
      return !!subject.organisationId && hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  }
}

export interface TrainingRequestAbilities {
  viewSchoolRequests: boolean;
  submit: boolean;
  viewInbox: boolean;
  decide: boolean;
}

/** What the actor may do with a school's requests (`schoolId`) or an organisation's inbox (`organisationId`). */
export function trainingRequestAbilities(actor: Actor | null, subject: { schoolId?: string; organisationId?: string }): TrainingRequestAbilities {
  return {
    viewSchoolRequests: canTrainingRequest(actor, 'view-school-requests', subject),
    submit: canTrainingRequest(actor, 'submit', subject),
    viewInbox: canTrainingRequest(actor, 'view-inbox', subject),
    decide: canTrainingRequest(actor, 'decide', subject)
  };
}
