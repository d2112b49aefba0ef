import { error } from '@sveltejs/kit';
import { requireTrajectory } from '$lib/features/trajectories/access.server';
import { readIntake, readTrajectory } from '$lib/features/trajectories/data.server';
import type { PageServerLoad } from './$types';

// The school's workgroup, its coach and the organisation's facilitators; nobody else (ADR 039).
export const load: PageServerLoad = async (event) => {
  const { offer, trajectory, coached, closed } = await requireTrajectory(event, event.params.org, event.params.offer, event.params.school);
  const [details, intake] = await Promise.all([readTrajectory(trajectory), readIntake(trajectory)]);
  if (!details) error(404);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug, organisationName: offer.organisationName },
    trajectory: details, intake, closed, abilities: { coach: coached !== null && !closed }
  };
};
