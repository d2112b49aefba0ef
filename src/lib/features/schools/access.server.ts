// Who may act on a school (ADR 020): the policy decides, this mints the school id and the joining
// side's handles (ADR 028).
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { findSchoolByInstitutionNumber } from './data.server';
import { canJoinInbox, canSchool, type SchoolAction } from './policy';
import { parseSchoolKey } from './rules';
import type { JoinApplicant, JoinInbox } from './types';

/** A school's key as written in its URL (`/school/035865`, `/school/brin-12AB00`, …), or 404. */
async function findAddressedSchool(event: GuardEvent, param: string) {
  const key = parseSchoolKey(param);
  const school = key ? await findSchoolByInstitutionNumber(key) : null;
  if (!school) notFound(event.locals);
  return school;
}

export async function requireSchool(event: GuardEvent, schoolParam: string, action: SchoolAction) {
  const actor = requireActor(event);
  const school = await findAddressedSchool(event, schoolParam);
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

/** Searching the register to join a school: anyone signed in. */
export function requireJoinSearch(event: GuardEvent) {
  const actor = requireActor(event);
  if (!canSchool(actor, 'ask-to-join')) forbidden(event.locals);
  return { actor };
}

/** Asking to join one school: the applicant is the signed-in person, with their own address. */
export async function requireJoinApplicant(event: GuardEvent, schoolParam: string) {
  const { actor } = requireJoinSearch(event);
  const school = await findAddressedSchool(event, schoolParam);
  const applicant = Object.assign(grant('join-applicant', actor.personId), { schoolId: school.id, email: actor.email, name: actor.name }) as JoinApplicant;
  return { actor, school, applicant };
}

/** A school's own inbox of requests to join: its coordinators. */
export async function requireSchoolJoinInbox(event: GuardEvent, schoolParam: string) {
  const { actor, school, schoolId } = await requireSchool(event, schoolParam, 'manage-staff');
  const inbox: JoinInbox = { kind: 'school', schoolId, schoolKey: school.institutionNumber };
  return { actor, school, schoolId, inbox };
}

/** An organisation's inbox: its facilitators decide for coordinator-less schools in its networks. */
export async function requireOrganisationJoinInbox(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canJoinInbox(workspace.actor, { organisationId: workspace.organisation.id })) forbidden(event.locals);
  const inbox: JoinInbox = { kind: 'organisation', organisationId: workspace.organisationId, slug: workspace.organisation.slug };
  return { ...workspace, inbox };
}

/** The platform's inbox: its admins decide for schools nobody else answers for. */
export function requirePlatformJoinInbox(event: GuardEvent) {
  const actor = requireActor(event);
  if (!canJoinInbox(actor, 'platform')) forbidden(event.locals);
  const inbox: JoinInbox = { kind: 'platform', admin: grant('platform-join-inbox', actor.personId) };
  return { actor, inbox };
}

/**
 * Every inbox of requests to join that the signed-in person decides in, for the workspace home:
 * the schools they coordinate, the organisations they facilitate, the platform's if they are admin.
 * Minted from the actor's own roles, after the same policy as the guards above.
 */
export function joinInboxesOf(event: GuardEvent): { inbox: JoinInbox; name: string; href: string }[] {
  const actor = requireActor(event);
  const schoolInboxes = actor.schools.filter((s) => canSchool(actor, 'manage-staff', s.schoolId)).map((s) => ({
    inbox: { kind: 'school', schoolId: brandSchool(s.schoolId), schoolKey: s.institutionNumber } as const,
    name: s.name, href: `/school/${s.institutionNumber}/team`
  }));
  const organisationInboxes = actor.organisations.filter((o) => canJoinInbox(actor, { organisationId: o.organisationId })).map((o) => ({
    inbox: { kind: 'organisation', organisationId: brandOrganisation(o.organisationId), slug: o.slug } as const,
    name: o.name, href: `/werkruimte/${o.slug}/aansluitingen`
  }));
  const platformInbox = canJoinInbox(actor, 'platform')
    ? [{ inbox: { kind: 'platform', admin: grant('platform-join-inbox', actor.personId) } as const, name: '', href: '/beheer/aansluitingen' }]
    : [];
  return [...schoolInboxes, ...organisationInboxes, ...platformInbox];
}
