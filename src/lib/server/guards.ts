// Route guards: each takes the actor, asks the domain's policy and either returns what the route
// may use (with a branded tenant id) or stops the request. Routes never decide rights themselves.
import { error, redirect } from '@sveltejs/kit';
import { canOrganisation, type OrganisationAction } from '$lib/features/organisations/policy';
import { findOrganisationBySlug } from '$lib/features/organisations/data.server';
import { canNetwork, type NetworkAction } from '$lib/features/networks/policy';
import { findNetworkBySlugs } from '$lib/features/networks/data.server';
import { canSchool, type SchoolAction } from '$lib/features/schools/policy';
import { findSchoolByInstitutionNumber } from '$lib/features/schools/data.server';
import type { Actor } from '$lib/features/people/types';
import { parseSchoolYear } from '$lib/features/calendar/rules';
import { findLearningNetwork, listActiveMemberSchoolIds } from '$lib/features/learning-networks/data.server';
import { canLearningNetwork, type LearningNetworkAction } from '$lib/features/learning-networks/policy';
import { findMeetingById } from '$lib/features/meetings/data.server';
import { canMeeting, type MeetingAction } from '$lib/features/meetings/policy';
import { findActivity, isNetworkMemberNow } from '$lib/features/activities/data.server';
import { canActivity } from '$lib/features/activities/policy';
import { holdsRegistration } from '$lib/features/registrations/data.server';
import { messagesFor } from '$lib/i18n/messages';
import { z } from 'zod';
import { brandOrganisation, brandSchool } from './tenancy';

type GuardEvent = { locals: App.Locals; url: URL; request?: Request };

function forbidden(locals: App.Locals): never {
  error(403, messagesFor(locals.locale).errors.forbidden);
}

function notFound(locals: App.Locals): never {
  error(404, messagesFor(locals.locale).errors.notFound);
}

/** Signed-in actor, or a redirect to the sign-in page that comes back here afterwards. */
export function requireActor(event: GuardEvent): Actor {
  if (!event.locals.actor) redirect(303, `/aanmelden?terug=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  return event.locals.actor;
}

export function requireAllowed(event: GuardEvent, allowed: boolean): void {
  if (!allowed) forbidden(event.locals);
}

// A layout and its page both guard the same organisation: look it up once per request.
const organisationsSeen = new WeakMap<App.Locals, Map<string, ReturnType<typeof findOrganisationBySlug>>>();

function findOrganisationOnce(locals: App.Locals, slug: string): ReturnType<typeof findOrganisationBySlug> {
  let seen = organisationsSeen.get(locals);
  if (!seen) organisationsSeen.set(locals, (seen = new Map()));
  let found = seen.get(slug);
  if (!found) seen.set(slug, (found = findOrganisationBySlug(slug)));
  return found;
}

export async function requireOrganisation(event: GuardEvent, slug: string, action: OrganisationAction) {
  const actor = requireActor(event);
  const organisation = await findOrganisationOnce(event.locals, slug);
  if (!organisation) notFound(event.locals);
  if (!canOrganisation(actor, action, organisation.id)) forbidden(event.locals);
  return { actor, organisation, organisationId: brandOrganisation(organisation.id) };
}

export async function requireSchool(event: GuardEvent, institutionNumber: string, action: SchoolAction) {
  const actor = requireActor(event);
  const school = await findSchoolByInstitutionNumber(institutionNumber);
  if (!school) notFound(event.locals);
  if (!canSchool(actor, action, school.id)) forbidden(event.locals);
  return { actor, school, schoolId: brandSchool(school.id) };
}

/**
 * A network the actor may not view answers 404, not 403: a non-public network's existence is
 * itself private. Changing a network needs a signed-in facilitator of its organisation.
 */
export async function requireNetwork(event: GuardEvent, organisationSlug: string, networkSlug: string, action: NetworkAction) {
  const network = await findNetworkBySlugs(organisationSlug, networkSlug);
  if (!network || !canNetwork(event.locals.actor, 'view', network)) {
    if (!network?.isPublic && action !== 'view' && !event.locals.actor) requireActor(event);
    notFound(event.locals);
  }
  if (action !== 'view') {
    const actor = requireActor(event);
    if (!canNetwork(actor, action, network)) forbidden(event.locals);
  }
  return { network, organisationId: brandOrganisation(network.organisationId) };
}

/** A network's learning-network workspace: the organisation's facilitators manage, coaches follow. */
export async function requireLearningNetworkWorkspace(event: GuardEvent, organisationSlug: string, networkSlug: string, action: LearningNetworkAction) {
  const { actor, organisation, organisationId } = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const network = await findNetworkBySlugs(organisationSlug, networkSlug);
  if (!network) notFound(event.locals);
  if (!canLearningNetwork(actor, action, { organisationId: organisation.id })) forbidden(event.locals);
  return { actor, organisation, organisationId, network };
}

/** One school year's learning network of a network, by its label ('2023-2024') in the URL. */
export async function requireCohort(event: GuardEvent, organisationSlug: string, networkSlug: string, yearLabel: string, action: LearningNetworkAction) {
  const workspace = await requireLearningNetworkWorkspace(event, organisationSlug, networkSlug, action);
  const year = parseSchoolYear(yearLabel);
  if (!year.ok) notFound(event.locals);
  const cohort = await findLearningNetwork(workspace.network.id, year.startYear);
  if (!cohort) notFound(event.locals);
  return { ...workspace, cohort, yearLabel: year.label };
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
  return { actor, school, schoolId, meeting, subject };
}

// Likewise an activity: its layout and page both guard it. Only on GET: after an action the page
// loads run in the same request and must see what the action changed (e.g. the seats left).
const activitiesSeen = new WeakMap<App.Locals, Map<string, ReturnType<typeof findActivity>>>();

function findActivityOnce(event: GuardEvent, organisationSlug: string, activitySlug: string): ReturnType<typeof findActivity> {
  if (event.request?.method !== 'GET') return findActivity(organisationSlug, activitySlug);
  const locals = event.locals;
  let seen = activitiesSeen.get(locals);
  if (!seen) activitiesSeen.set(locals, (seen = new Map()));
  const key = `${organisationSlug}/${activitySlug}`;
  let found = seen.get(key);
  if (!found) seen.set(key, (found = findActivity(organisationSlug, activitySlug)));
  return found;
}

/**
 * An activity seen from its public page: 404 for anyone outside its audience (a network's or a
 * school's activity does not exist for outsiders), except for someone who still holds a
 * registration for it (they left the audience, and may still cancel). 'view' is open to visitors of
 * a public activity; 'register' needs a signed-in person of the audience (visitors are sent to sign
 * in first); 'own' needs a signed-in person who may view it (their own registration's page).
 */
export async function requireActivity(event: GuardEvent, organisationSlug: string, activitySlug: string, action: 'view' | 'register' | 'own') {
  const activity = await findActivityOnce(event, organisationSlug, activitySlug);
  if (!activity) notFound(event.locals);
  const actor = event.locals.actor;
  const actorIsNetworkMember = activity.visibility === 'network'
    ? await isNetworkMemberNow(activity.networkId, actor?.schools.map((s) => s.schoolId) ?? [])
    : false;
  let subject = { ...activity, actorIsNetworkMember, actorHoldsRegistration: false };
  // Only asked when the audience says no, so the usual request costs no extra query.
  if (actor && !canActivity(actor, 'view', subject) && (await holdsRegistration(activity.id, actor.personId))) {
    subject = { ...subject, actorHoldsRegistration: true };
  }
  if (!canActivity(actor, 'view', subject)) notFound(event.locals);
  if (action !== 'view') {
    const signedIn = requireActor(event);
    if (action === 'register' && !canActivity(signedIn, 'register', subject)) forbidden(event.locals);
  }
  return { actor, activity, subject, organisationId: brandOrganisation(activity.organisationId) };
}

/** An activity in its organisation's workspace: only that organisation's facilitators manage it. */
export async function requireManagedActivity(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const { actor, organisation, organisationId } = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const activity = await findActivityOnce(event, organisationSlug, activitySlug);
  if (!activity || activity.organisationId !== organisation.id) notFound(event.locals);
  if (!canActivity(actor, 'manage', activity)) forbidden(event.locals);
  return { actor, organisation, organisationId, activity };
}
