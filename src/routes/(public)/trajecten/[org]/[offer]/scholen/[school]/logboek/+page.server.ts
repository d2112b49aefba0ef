import { requireCoachedTrajectory, requireTrajectory } from '$lib/features/trajectories/access.server';
import { listLogbook, readTrajectory } from '$lib/features/trajectories/data.server';
import { addLogbookEntry } from '$lib/features/trajectories/mutations.server';
import { logbookEntrySchema } from '$lib/features/trajectories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Whoever sees the trajectory reads its shared reports; its coach also the private ones, and writes them.
export const load: PageServerLoad = async (event) => {
  const { offer, trajectory, coached, closed } = await requireTrajectory(event, event.params.org, event.params.offer, event.params.school);
  const [details, entries] = await Promise.all([readTrajectory(trajectory), listLogbook(trajectory, coached)]);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug },
    school: { key: event.params.school, name: details!.schoolName },
    entries, canWrite: coached !== null && !closed
  };
};

export const actions = {
  default: defineAction({
    form: 'logbook',
    access: (event: RequestEvent) => requireCoachedTrajectory(event, event.params.org, event.params.offer, event.params.school),
    schema: logbookEntrySchema,
    run: ({ access, input }) => addLogbookEntry(access.coached, input, access.actor.personId),
    done: () => ({ saved: true })
  })
} satisfies Actions;
