// Who may act on a school (ADR 020): the policy decides, this mints the school id.
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandSchool } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { findSchoolByInstitutionNumber } from './data.server';
import { canSchool, type SchoolAction } from './policy';

export async function requireSchool(event: GuardEvent, institutionNumber: string, action: SchoolAction) {
  const actor = requireActor(event);
  const school = await findSchoolByInstitutionNumber(institutionNumber);
  if (!school) notFound(event.locals);
  if (!canSchool(actor, action, school.id)) forbidden(event.locals);
  return { actor, school, schoolId: brandSchool(school.id) };
}

/**
 * The shared school directory, from an organisation's workspace: the organisation's facilitators
 * keep its list of schools, and the directory itself is for facilitators.
 */
export async function requireSchoolDirectory(event: GuardEvent, organisationSlug: string, action: Extract<SchoolAction, 'search-directory' | 'create'>) {
  const workspace = await requireOrganisation(event, organisationSlug, 'manage-schools');
  if (!canSchool(workspace.actor, action)) forbidden(event.locals);
  return workspace;
}
