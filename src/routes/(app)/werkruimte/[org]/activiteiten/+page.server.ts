import { listOrganisationActivities } from '$lib/features/activities/data.server';
import { canActivity } from '$lib/features/activities/policy';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import type { PageServerLoad } from './$types';

// The organisation's activities: facilitators and coaches follow them (view-workspace); only
// facilitators create and edit (canActivity 'create' / 'manage').
export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId } = await requireOrganisation(event, event.params.org, 'view-workspace');
  const all = await listOrganisationActivities(organisationId);
  const now = Date.now();
  return {
    upcoming: all.filter((a) => a.endsAt.getTime() > now),
    past: all.filter((a) => a.endsAt.getTime() <= now).reverse(),
    canCreate: canActivity(actor, 'create', { organisationId: organisation.id, visibility: 'public' }),
    canManage: canActivity(actor, 'manage', { organisationId: organisation.id, visibility: 'public' })
  };
};
