// Who may see and take part in an activity's pre-meeting (ADR 020): whoever may see the activity
// sees what it is; only participants (a seat) vote, ask and download the chosen date.
import { forbidden, requireActor, type GuardEvent } from '$lib/server/guards';
import { requireActivity } from '../activities/access.server';
import { isParticipant } from './data.server';
import { preMeetingAbilities } from './policy';

/** The pre-meeting's page, with what the actor may do there. */
export async function requirePreMeetingPage(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'view');
  const participating = guarded.actor ? await isParticipant(guarded.activity.id, guarded.actor.personId) : false;
  return { ...guarded, abilities: preMeetingAbilities(guarded.actor, { activity: guarded.subject, isParticipant: participating }) };
}

/** Voting, asking, the .ics: a signed-in person of the audience who holds a seat (403 otherwise). */
export async function requirePreMeetingParticipant(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'register');
  const actor = requireActor(event);
  const participating = await isParticipant(guarded.activity.id, actor.personId);
  if (!preMeetingAbilities(actor, { activity: guarded.subject, isParticipant: participating }).takePart) forbidden(event.locals);
  return { ...guarded, actor };
}
