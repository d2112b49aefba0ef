// Who may see, register for or manage an activity (ADR 020). Each guard mints the handle for what
// the activity policy allowed: `VisibleActivity` (its pages), `RegistrableActivity` (registering,
// posting, the pre-meeting) and `ManagedActivity` (the organiser's data and mutations).
import { forbidden, notFound, oncePerRequest, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import type { Actor } from '../people/types';
import { holdsRegistration } from '../registrations/data.server';
import { findActivity, isNetworkMemberNow } from './data.server';
import { activityAbilities, canActivity, type ActivitySubject } from './policy';
import type { ManagedActivity, RegistrableActivity, VisibleActivity } from './types';

export type { ActivityHandle, ManagedActivity, RegistrableActivity, VisibleActivity } from './types';

const seen = new WeakMap<App.Locals, Map<string, ReturnType<typeof findActivity>>>();

const findOnce = (event: GuardEvent, organisationSlug: string, activitySlug: string) =>
  oncePerRequest(seen, event, `${organisationSlug}/${activitySlug}`, () => findActivity(organisationSlug, activitySlug), true);

/** The handle to register for an activity, when the policy lets the actor (signed in, in its audience). */
export function registrableActivity(actor: Actor | null, activity: { id: string }, subject: ActivitySubject): RegistrableActivity | null {
  return canActivity(actor, 'register', subject) ? grant('registrable-activity', activity.id) : null;
}

/**
 * An activity seen from its public page: 404 for anyone outside its audience (a network's or a
 * school's activity does not exist for outsiders), except for someone who still holds a
 * registration for it (they left the audience, and may still cancel). 'view' is open to visitors of
 * a public activity; 'register' needs a signed-in person of the audience (visitors are sent to sign
 * in first); 'own' needs a signed-in person who may view it (their own registration's page).
 * `registrable` is the handle to register (null when the actor may not); 'register' guarantees it.
 */
export async function requireActivity(event: GuardEvent, organisationSlug: string, activitySlug: string, action: 'view' | 'register' | 'own') {
  const activity = await findOnce(event, organisationSlug, activitySlug);
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
  return {
    actor, activity, subject, organisationId: brandOrganisation(activity.organisationId),
    visible: grant('visible-activity', activity.id) as VisibleActivity,
    registrable: registrableActivity(actor, activity, subject)
  };
}

/** requireActivity(…, 'register'): its `registrable` handle is never null. */
export async function requireRegistrableActivity(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'register');
  if (!guarded.registrable) forbidden(event.locals);
  return { ...guarded, actor: requireActor(event), registrable: guarded.registrable };
}

/** An activity in its organisation's workspace: only that organisation's facilitators manage it. */
export async function requireManagedActivity(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const { actor, organisation, organisationId } = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const activity = await findOnce(event, organisationSlug, activitySlug);
  if (!activity || activity.organisationId !== organisation.id) notFound(event.locals);
  if (!canActivity(actor, 'manage', activity)) forbidden(event.locals);
  const managed: ManagedActivity = Object.assign(grant('managed-activity', activity.id), { organisationId });
  return { actor, organisation, organisationId, activity, managed };
}

/** An organisation's activity list (its facilitators and coaches), with what the actor may do there. */
export async function requireActivityList(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  return { ...workspace, abilities: activityAbilities(workspace.actor, { organisationId: workspace.organisation.id, visibility: 'public' }) };
}

/** Creating an activity: only the organisation's facilitators (403 for its coaches). */
export async function requireActivityCreation(event: GuardEvent, organisationSlug: string) {
  const list = await requireActivityList(event, organisationSlug);
  if (!list.abilities.create) forbidden(event.locals);
  return list;
}
