import { error } from '@sveltejs/kit';
import { euros, seatsLeft } from '$lib/features/activities/api.server';
import { findActivity, isNetworkMemberNow, listExtras, listProgramme } from '$lib/features/activities/data.server';
import { canActivity } from '$lib/features/activities/policy';
import { messagesFor } from '$lib/i18n/messages';
import type { PageServerLoad } from './$types';

// Public for public activities; a network's or a school's activity answers 404 to anyone outside
// its audience (its existence is not public either).
export const load: PageServerLoad = async ({ params, locals }) => {
  const activity = await findActivity(params.org, params.activity);
  const actor = locals.actor;
  const actorIsNetworkMember = activity?.visibility === 'network'
    ? await isNetworkMemberNow(activity.networkId, actor?.schools.map((s) => s.schoolId) ?? [])
    : false;
  if (!activity || !canActivity(actor, 'view', { ...activity, actorIsNetworkMember })) error(404, messagesFor(locals.locale).errors.notFound);
  const [programme, extras] = await Promise.all([listProgramme(activity.id), listExtras(activity.id)]);
  return {
    activity: { ...activity, price: euros(activity.priceCents), seatsLeft: seatsLeft(activity) },
    programme,
    extras: extras.map((e) => ({ ...e, price: euros(e.priceCents), left: e.capacity === null ? null : Math.max(0, e.capacity - e.seatsTaken) }))
  };
};
