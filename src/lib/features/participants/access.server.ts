// The organiser's participant lists (ADR 020): who manages the activity may see them, mark
// payments, export, check in and cancel on someone's behalf (canParticipants). Cancelling mints a
// `ManagedRegistration`, the handle the seat engine takes for that.
import { forbidden, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireManagedActivity } from '../activities/access.server';
import type { ManagedActivity } from '../activities/types';
import type { ManagedRegistration } from '../registrations/types';
import { findCancellableRegistration } from './data.server';
import { canParticipants, type ParticipantsAction } from './policy';

/** The participants of an activity, for one of the organiser's actions on them (403 otherwise). */
export async function requireParticipants(event: GuardEvent, organisationSlug: string, activitySlug: string, action: ParticipantsAction) {
  const guarded = await requireManagedActivity(event, organisationSlug, activitySlug);
  if (!canParticipants(guarded.actor, action, guarded.activity)) forbidden(event.locals);
  return guarded;
}

/** A registration of this activity (registered or waiting) the organiser may cancel, with the person's name. */
export async function findManagedRegistration(activity: ManagedActivity, registrationId: string): Promise<{ registration: ManagedRegistration; name: string } | null> {
  const person = await findCancellableRegistration(activity, registrationId);
  if (!person) return null;
  const registration = Object.assign(grant('managed-registration', registrationId), { activityId: activity.id, personId: person.personId });
  return { registration, name: person.name };
}
