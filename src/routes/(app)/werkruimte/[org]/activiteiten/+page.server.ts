import { listOrganisationActivities } from '$lib/features/activities/data.server';
import { requireActivityList } from '$lib/features/activities/access.server';
import type { PageServerLoad } from './$types';

// The organisation's activities: facilitators and coaches follow them (view-workspace); only
// facilitators create and edit (activityAbilities 'create' / 'manage').
export const load: PageServerLoad = async (event) => {
  const { organisationId, abilities } = await requireActivityList(event, event.params.org);
  const all = await listOrganisationActivities(organisationId);
  const now = Date.now();
  return {
    upcoming: all.filter((a) => a.endsAt.getTime() > now),
    past: all.filter((a) => a.endsAt.getTime() <= now).reverse(),
    abilities: { create: abilities.create, manage: abilities.manage }
  };
};
