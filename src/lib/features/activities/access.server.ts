// Who may see, register for or manage an activity (ADR 020). Managing mints a `ManagedActivity`:
// the organiser-side data and mutations (participants, payments, check-in) take only that handle.
import { forbidden, notFound, oncePerRequest, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation, grant, type Handle } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { holdsRegistration } from '../registrations/data.server';
import { findActivity, isNetworkMemberNow } from './data.server';
import { canActivity } from './policy';

/** An activity its organisation's facilitator may manage: its id, minted only here. */
export type ManagedActivity = Handle<'managed-activity'>;

const seen = new WeakMap<App.Locals, Map<string, ReturnType<typeof findActivity>>>();

const findOnce = (event: GuardEvent, organisationSlug: string, activitySlug: string) =>
  oncePerRequest(seen, event, `${organisationSlug}/${activitySlug}`, () => findActivity(organisationSlug, activitySlug), true);

/**
 * An activity seen from its public page: 404 for anyone outside its audience (a network's or a
 * school's activity does not exist for outsiders), except for someone who still holds a
 * registration for it (they left the audience, and may still cancel). 'view' is open to visitors of
 * a public activity; 'register' needs a signed-in person of the audience (visitors are sent to sign
 * in first); 'own' needs a signed-in person who may view it (their own registration's page).
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
  return { actor, activity, subject, organisationId: brandOrganisation(activity.organisationId) };
}

/** An activity in its organisation's workspace: only that organisation's facilitators manage it. */
export async function requireManagedActivity(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const { actor, organisation, organisationId } = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const activity = await findOnce(event, organisationSlug, activitySlug);
  if (!activity || activity.organisationId !== organisation.id) notFound(event.locals);
  if (!canActivity(actor, 'manage', activity)) forbidden(event.locals);
  return { actor, organisation, organisationId, activity, managed: grant('managed-activity', activity.id) as ManagedActivity };
}
