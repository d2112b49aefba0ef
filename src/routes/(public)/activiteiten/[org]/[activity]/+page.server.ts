import { seatsLeft } from '$lib/features/activities/api.server';
import { formatEuro } from '$lib/kernel/money';
import { listExtras, listProgramme } from '$lib/features/activities/data.server';
import { registrationStatusOf } from '$lib/features/registrations/data.server';
import { registrationCallToAction } from '$lib/features/registrations/policy';
import { requireActivity } from '$lib/features/activities/access.server';
import { listPresentations } from '$lib/features/provincial-networks/data.server';
import { studyDayIsOver } from '$lib/features/provincial-networks/rules';
import type { PageServerLoad } from './$types';

// Public for public activities; a network's or a school's activity answers 404 to anyone outside
// its audience (its existence is not public either).
export const load: PageServerLoad = async (event) => {
  const { actor, activity, subject, visible } = await requireActivity(event, event.params.org, event.params.activity, 'view');
  const [programme, extras, registration, presentations] = await Promise.all([
    listProgramme(activity.id), listExtras(activity.id), actor ? registrationStatusOf(visible, actor.personId) : null,
    activity.kind === 'studiedag' ? listPresentations(activity.id) : []
  ]);
  const callToAction = registrationCallToAction(actor, {
    activity: subject, status: registration?.status ?? null, registrationDeadline: activity.registrationDeadline,
    startsAt: activity.startsAt, full: seatsLeft(activity) === 0
  }, new Date());
  // Only what the page shows: the online link, like the audience's ids, is for registered
  // participants (mails, .ics), not for every visitor.
  const { onlineUrl, networkId: _networkId, schoolId: _schoolId, ...shown } = activity;
  return {
    activity: { ...shown, online: onlineUrl !== null, price: formatEuro(activity.priceCents), seatsLeft: seatsLeft(activity) },
    programme,
    // A study day's sessions given to networks, and after the day the examples they presented (ADR 052).
    presentations,
    presented: studyDayIsOver(activity.endsAt, new Date()) ? presentations.filter((p) => p.exampleSlug !== null) : [],
    extras: extras.map((e) => ({ ...e, price: formatEuro(e.priceCents), left: e.capacity === null ? null : Math.max(0, e.capacity - e.seatsTaken) })),
    callToAction,
    waitingPosition: registration?.position ?? null
  };
};
