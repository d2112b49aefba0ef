import { listParticipants } from '$lib/features/participants/data.server';
import { checkInFailures, setCheckIn } from '$lib/features/participants/mutations.server';
import { checkInOpen, groupParticipants } from '$lib/features/participants/rules';
import { brusselsDate } from '$lib/kernel/time';
import { checkInSchema } from '$lib/features/participants/schema';
import { defineAction } from '$lib/server/actions';
import { requireParticipants } from '$lib/features/participants/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent, action: 'view' | 'check-in') => requireParticipants(event, event.params.org, event.params.activity, action);

export const load: PageServerLoad = async (event) => {
  const { activity, managed } = await guard(event, 'view');
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const people = groupParticipants(await listParticipants(managed)).registered;
  return {
    activity: { title: activity.title, startDate: brusselsDate(activity.startsAt) },
    open: checkInOpen(activity.startsAt, new Date()),
    people: people.map((p) => ({ id: p.id, name: p.name, schools: p.schools, status: p.status }))
  };
};

export const actions = {
  checkIn: defineAction({
    form: 'checkIn',
    access: (event: RequestEvent) => guard(event, 'check-in'),
    schema: checkInSchema,
    run: ({ access, input }) => setCheckIn(access.managed, input.registrationId, input.presence),
    failures: checkInFailures,
    done: (_result, { input }) => ({ saved: 'checkIn', registrationId: input.registrationId })
  })
} satisfies Actions;
