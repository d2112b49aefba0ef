import { canAccount } from '$lib/features/people/policy';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  const actor = requireActor(event);
  requireAllowed(event, canAccount(actor, 'open-workspace'));
  return { organisations: actor.organisations, schools: actor.schools };
};
