import { listUpcomingMeetingsForPerson } from '$lib/features/meetings/data.server';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { listRegistrationsOfPerson } from '$lib/features/registrations/data.server';
import { orderMyRegistrations } from '$lib/features/registrations/rules';
import { requireOwnAccount } from '$lib/features/people/access.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, account } = requireOwnAccount(event, 'open-workspace');
  // Only meetings of learning networks the person's own schools belong to (the query joins on them).
  // The person's own registrations only (the query is scoped by their id).
  const [meetings, registrations] = await Promise.all([listUpcomingMeetingsForPerson(account), listRegistrationsOfPerson(actor.personId)]);
  const now = new Date();
  return {
    organisations: actor.organisations,
    schools: actor.schools,
    meetings: meetings.map((mt) => ({ ...mt, ...brusselsDateTimeParts(mt.startsAt) })),
    registrations: orderMyRegistrations(registrations, now)
      .map((r) => ({ ...r, date: brusselsDateTimeParts(r.startsAt).date, past: r.endsAt.getTime() < now.getTime() }))
  };
};
