// Who may read and send a school's training requests, and read and decide an organisation's
// inbox (ADR 020). The scope is the tenant: the data and mutations take the `AuthorizedSchoolId`
// or `AuthorizedOrgId` these guards return once the training-request policy agreed.
import { forbidden, type GuardEvent } from '$lib/server/guards';
import { requireOrganisation } from '../organisations/access.server';
import { requireSchool } from '../schools/access.server';
import { trainingRequestAbilities } from './policy';

/** A school's requests: its staff read them ('view'), its coordinators send one ('submit'). */
export async function requireSchoolRequests(event: GuardEvent, schoolSlug: string, action: 'view' | 'submit') {
  const school = await requireSchool(event, schoolSlug, 'view-profile');
  const abilities = trainingRequestAbilities(school.actor, { schoolId: school.school.id });
  if (!(action === 'view' ? abilities.viewSchoolRequests : abilities.submit)) forbidden(event.locals);
  return { ...school, abilities };
}

/** An organisation's inbox: its facilitators and coaches read it ('view'), its facilitators decide ('decide'). */
export async function requireRequestInbox(event: GuardEvent, organisationSlug: string, action: 'view' | 'decide') {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const abilities = trainingRequestAbilities(workspace.actor, { organisationId: workspace.organisation.id });
  if (!(action === 'view' ? abilities.viewInbox : abilities.decide)) forbidden(event.locals);
  return { ...workspace, abilities };
}
