// Who may see and take part in an activity's pre-meeting (ADR 020): whoever may see the activity
// sees what it is; only participants (a seat) vote, ask and download the chosen date, through the
// `PreMeetingParticipant` handle minted here. The organiser side takes `ManagedActivity`.
import { forbidden, requireActor, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireActivity } from '../activities/access.server';
import type { Actor } from '../people/types';
import { isParticipant } from './data.server';
import { preMeetingAbilities } from './policy';
import type { PreMeetingParticipant } from './types';

export type { PreMeetingParticipant, PreMeetingReader } from './types';

const participantHandle = (activityId: string, actor: Actor): PreMeetingParticipant =>
  Object.assign(grant('pre-meeting-participant', actor.personId), { activityId, personId: actor.personId });

/** The pre-meeting's page, with what the actor may do there; `participant` is null unless they take part. */
export async function requirePreMeetingPage(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'view');
  const { actor, activity } = guarded;
  const participating = actor ? await isParticipant(activity.id, actor.personId) : false;
  const abilities = preMeetingAbilities(actor, { activity: guarded.subject, isParticipant: participating });
  return { ...guarded, abilities, participant: actor && abilities.takePart ? participantHandle(activity.id, actor) : null };
}

/** Voting, asking, the .ics: a signed-in person of the audience who holds a seat (403 otherwise). */
export async function requirePreMeetingParticipant(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const guarded = await requireActivity(event, organisationSlug, activitySlug, 'register');
  const actor = requireActor(event);
  const participating = await isParticipant(guarded.activity.id, actor.personId);
  if (!preMeetingAbilities(actor, { activity: guarded.subject, isParticipant: participating }).takePart) forbidden(event.locals);
  return { ...guarded, actor, participant: participantHandle(guarded.activity.id, actor) };
}
