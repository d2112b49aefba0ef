import { requireTrajectoryWorkspace } from '$lib/features/trajectories/access.server';
import { listCoachedTrajectories, listOffers } from '$lib/features/trajectories/data.server';
import type { PageServerLoad } from './$types';

// Facilitators see every offer with its applications; a coach sees only the trajectories they coach.
export const load: PageServerLoad = async (event) => {
  const { actor, organisationId, managed } = await requireTrajectoryWorkspace(event, event.params.org);
  return {
    offers: managed ? await listOffers(managed) : null,
    coached: await listCoachedTrajectories(organisationId, actor.personId)
  };
};
