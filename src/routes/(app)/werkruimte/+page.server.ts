import { listUpcomingMeetingsForPerson } from '$lib/features/meetings/data.server';
import { brusselsDateTimeParts } from '$lib/features/meetings/rules';
import { canAccount } from '$lib/features/people/policy';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const actor = requireActor(event);
  requireAllowed(event, canAccount(actor, 'open-workspace'));
  // Only meetings of learning networks the person's own schools belong to (the query joins on them).
  const meetings = await listUpcomingMeetingsForPerson(actor.personId);
  return {
    organisations: actor.organisations,
    schools: actor.schools,
    meetings: meetings.map((mt) => ({ ...mt, ...brusselsDateTimeParts(mt.startsAt) }))
  };
};
