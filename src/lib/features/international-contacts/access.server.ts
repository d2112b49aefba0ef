// Who may keep an organisation's contacts abroad, broker introductions, and ask for one (ADR 020,
// ADR 055). The scope is the tenant: data and mutations take the `AuthorizedOrgId` or
// `AuthorizedSchoolId` these guards return once the policy agreed.
import { z } from 'zod';
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { requireOrganisation } from '../organisations/access.server';
import { requireSchool } from '../schools/access.server';
import { findContactOfOrganisation } from './data.server';
import { canInternational, internationalAbilities } from './policy';

/** The organisation's list of contacts abroad and its introductions: its facilitators. */
export async function requireInternationalWorkspace(event: GuardEvent, organisationSlug: string, action: 'manage' | 'broker') {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canInternational(workspace.actor, action, { organisationId: workspace.organisation.id })) forbidden(event.locals);
  return { ...workspace, abilities: internationalAbilities(workspace.actor, { organisationId: workspace.organisation.id }) };
}

/** One contact of the organisation, to edit; another organisation's (or no) contact is a 404. */
export async function requireManagedContact(event: GuardEvent, organisationSlug: string, contactId: string) {
  const workspace = await requireInternationalWorkspace(event, organisationSlug, 'manage');
  const contact = z.uuid().safeParse(contactId).success ? await findContactOfOrganisation(workspace.organisationId, contactId) : null;
  if (!contact) notFound(event.locals);
  return { ...workspace, contact };
}

/** A school's side: its coordinators read the contacts of its organisations and ask for an introduction. */
export async function requireSchoolInternational(event: GuardEvent, schoolParam: string, action: 'view-school' | 'request') {
  const school = await requireSchool(event, schoolParam, 'view-profile');
  if (!canInternational(school.actor, action, { schoolId: school.school.id })) forbidden(event.locals);
  return { ...school, abilities: internationalAbilities(school.actor, { schoolId: school.school.id }) };
}
