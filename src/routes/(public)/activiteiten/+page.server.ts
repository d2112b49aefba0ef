import { listPublicActivities, listRestrictedActivitiesFor } from '$lib/features/activities/data.server';
import type { PageServerLoad } from './$types';

// Public: upcoming public activities for everyone; a signed-in person also sees the non-public ones
// of their organisations, their schools and the networks their schools belong to this school year
// (the query decides, following canActivity's rules).
export const load: PageServerLoad = async ({ locals }) => {
  const actor = locals.actor;
  const [open, restricted] = await Promise.all([
    listPublicActivities(),
    actor ? listRestrictedActivitiesFor({ organisationIds: actor.organisations.map((o) => o.organisationId), schoolIds: actor.schools.map((s) => s.schoolId) }) : []
  ]);
  return { open, restricted };
};
