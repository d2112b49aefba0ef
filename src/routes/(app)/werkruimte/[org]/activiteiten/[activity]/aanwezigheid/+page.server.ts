import { listParticipants } from '$lib/features/participants/data.server';
import { setCheckIn } from '$lib/features/participants/mutations.server';
import { canParticipants } from '$lib/features/participants/policy';
import { checkInOpen, groupParticipants } from '$lib/features/participants/rules';
import { brusselsDate } from '$lib/kernel/time';
import { checkInSchema } from '$lib/features/participants/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireManagedActivity } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: 'view' | 'check-in') {
  const managed = await requireManagedActivity(event, event.params.org, event.params.activity);
  requireAllowed(event, canParticipants(managed.actor, action, managed.activity));
  return managed;
}

export const load: PageServerLoad = async (event) => {
  const { activity } = await guard(event, 'view');
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const people = groupParticipants(await listParticipants(activity.id)).registered;
  return {
    activity: { title: activity.title, startDate: brusselsDate(activity.startsAt) },
    open: checkInOpen(activity.startsAt, new Date()),
    people: people.map((p) => ({ id: p.id, name: p.name, schools: p.schools, status: p.status }))
  };
};

export const actions: Actions = {
  checkIn: async (event) => {
    const { activity } = await guard(event, 'check-in');
    const data = await event.request.formData();
    const parsed = parseForm(checkInSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'checkIn');
    const result = await setCheckIn(activity.id, parsed.data.registrationId, parsed.data.presence);
    if (!result.ok) {
      const [status, key] = result.reason === 'not-found' ? [404, 'participantsRegistrationNotFound'] as const
        : result.reason === 'too-early' ? [409, 'participantsCheckInTooEarly'] as const
          : [409, 'participantsNotSeated'] as const;
      return fieldFail(status, 'form', key, data, 'checkIn');
    }
    return { saved: 'checkIn', registrationId: parsed.data.registrationId };
  }
};
