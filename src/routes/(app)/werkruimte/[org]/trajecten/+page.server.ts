import { requireTrajectoryWorkspace } from '$lib/features/trajectories/access.server';
import { listCoachedTrajectories, listOffers } from '$lib/features/trajectories/data.server';
import { listTrajectoryOverview } from '$lib/features/trajectory-plans/data.server';
import { brusselsDate } from '$lib/kernel/time';
import type { PageServerLoad } from './$types';

// Facilitators see every offer with its applications; a coach sees only the trajectories they coach.
export const load: PageServerLoad = async (event) => {
  const { actor, organisationId, managed } = await requireTrajectoryWorkspace(event, event.params.org);
  return {
    offers: managed ? await listOffers(managed) : null,
    // Every trajectory at a glance, for the facilitators (ADR 049).
    overview: managed ? await listTrajectoryOverview(managed, brusselsDate(new Date())) : null,
    coached: await listCoachedTrajectories(organisationId, actor.personId)
  };
};
