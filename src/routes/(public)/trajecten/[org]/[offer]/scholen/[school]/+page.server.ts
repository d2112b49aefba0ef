import { error } from '@sveltejs/kit';
import { requireTrajectory } from '$lib/features/trajectories/access.server';
import { readIntake, readTrajectory } from '$lib/features/trajectories/data.server';
import { findTrajectoryLearningNetwork, nextSessionOf } from '$lib/features/trajectory-sessions/data.server';
import { canLearningNetwork } from '$lib/features/learning-networks/policy';
import type { PageServerLoad } from './$types';

// The school's workgroup, its coach and the organisation's facilitators; nobody else (ADR 039).
export const load: PageServerLoad = async (event) => {
  const { actor, offer, trajectory, coached, closed } = await requireTrajectory(event, event.params.org, event.params.offer, event.params.school);
  const [details, intake, next, network] = await Promise.all([readTrajectory(trajectory), readIntake(trajectory), nextSessionOf(trajectory), findTrajectoryLearningNetwork(trajectory)]);
  if (!details) error(404);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug, organisationName: offer.organisationName },
    trajectory: details, intake, closed, abilities: { coach: coached !== null && !closed },
    // Sessions and the cross-school learning network (ADR 050).
    next, network, followsCohort: canLearningNetwork(actor, 'view-overview', { organisationId: offer.organisationId })
  };
};
