// Who may register whom, and change or cancel which registration (ADR 020). The guards ask the
// registration policy and mint the handles the seat engine takes (types.ts): a `Registrant` to
// register, an `OwnRegistration` to change or cancel. A refusal found while an action runs (no such
// registration, not one's to change) is `null`, which the action answers with its failure map.
import { redirect } from '@sveltejs/kit';
import { forbidden, requireActor, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireActivity, requireRegistrableActivity } from '../activities/access.server';
import type { ActivityHandle, RegistrableActivity } from '../activities/types';
import type { ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';
import { findRegistration, listEligibleColleagues } from './data.server';
import { canRegisterAsGuest, canRegistration, registrationAbilities } from './policy';
import type { GuestRegistrant, OwnRegistration, Registrant, UnconfirmedRegistration } from './types';

export type { CancellableRegistration, GuestRegistrant, ManagedRegistration, OwnRegistration, Registrant, UnconfirmedRegistration } from './types';

function registrant(activity: RegistrableActivity, personId: string, registeredBy: string): Registrant {
  return Object.assign(grant('registrant', personId), { activityId: activity.id, personId, registeredBy });
}

/**
 * One's registration page: a signed-in person who may see the activity (also after leaving its
 * audience while holding a registration, to cancel it). `self` is the handle to register oneself,
 * null when the policy says no (outside the audience).
 */
export async function requireRegistrationPage(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'own');
  const actor = requireActor(event);
  const self = guarded.registrable && canRegistration(actor, 'register-self', { activity: guarded.subject })
    ? registrant(guarded.registrable, actor.personId, actor.personId) : null;
  return { ...guarded, actor, self };
}

/** Registering oneself, showing interest, changing answers: only for the audience (403 otherwise). */
export async function requireRegistering(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireRegistrationPage(event, organisationSlug, activitySlug);
  if (!guarded.self || !guarded.registrable) forbidden(event.locals);
  return { ...guarded, self: guarded.self, registrable: guarded.registrable };
}

/**
 * The registration (registered or waiting) of `personId` for this activity, if the actor may
 * change or cancel it: their own, or one they made for a colleague (canRegistration).
 */
export async function findOwnRegistration(
  guarded: { actor: Actor; visible: ActivityHandle; subject: ActivitySubject }, personId: string, action: 'change' | 'cancel'
): Promise<OwnRegistration | null> {
  const registration = await findRegistration(guarded.visible, personId);
  if (!registration) return null;
  const subject = { activity: guarded.subject, personId: registration.personId, registeredBy: registration.registeredBy };
  if (!canRegistration(guarded.actor, action, subject)) return null;
  return Object.assign(grant('own-registration', registration.id), { activityId: guarded.visible.id, personId: registration.personId });
}

/** A colleague the actor may register: of the actor's own school, and in the activity's audience. */
export async function findColleagueRegistrant(
  guarded: { actor: Actor; activity: Parameters<typeof listEligibleColleagues>[1]; registrable: RegistrableActivity; subject: ActivitySubject },
  colleagueId: string
): Promise<Registrant | null> {
  const colleague = (await listEligibleColleagues(guarded.actor.personId, guarded.activity)).find((c) => c.personId === colleagueId);
  if (!colleague || !canRegistration(guarded.actor, 'register-colleague', { activity: guarded.subject, sameSchool: true })) return null;
  return registrant(guarded.registrable, colleague.personId, guarded.actor.personId);
}

/**
 * The step to register a colleague: for the audience, like one's own registration page. One's own
 * registration does not matter here; `colleagues` are those the actor may register (none without the ability).
 */
export async function requireColleaguePage(event: GuardEvent, organisationSlug: string, activitySlug: string, now = new Date()) {
  const guarded = await requireRegistrableActivity(event, organisationSlug, activitySlug);
  const { actor, activity, subject } = guarded;
  const { registerColleagues } = registrationAbilities(actor, {
    activity: subject, status: null, registrationDeadline: activity.registrationDeadline, startsAt: activity.startsAt
  }, now);
  const colleagues = registerColleagues ? await listEligibleColleagues(actor.personId, activity) : [];
  return { ...guarded, abilities: { registerColleagues }, colleagues };
}

/**
 * Registering without an account (ADR 029): a visitor, for a public activity (404 for others'
 * audiences as on its page). Someone signed in registers with their account instead.
 */
export async function requireGuestRegistering(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'view');
  if (guarded.actor) redirect(303, `/activiteiten/${organisationSlug}/${activitySlug}/inschrijven`);
  if (!canRegisterAsGuest(guarded.actor, guarded.subject)) forbidden(event.locals);
  const guest: GuestRegistrant = Object.assign(grant('guest-registrant', guarded.activity.id), { activityId: guarded.activity.id });
  return { ...guarded, guest };
}

/** For the release job only: a registration whose confirmation deadline passed (the mutation checks it again, locked). */
export function unconfirmedRegistrationForJob(row: { id: string; activityId: string; personId: string }): UnconfirmedRegistration {
  return Object.assign(grant('unconfirmed-registration', row.id), { activityId: row.activityId, personId: row.personId });
}
