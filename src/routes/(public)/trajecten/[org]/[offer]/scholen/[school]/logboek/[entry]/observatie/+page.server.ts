import { error } from '@sveltejs/kit';
import { requireObservation, requireObservationEditor } from '$lib/features/trajectory-sessions/access.server';
import { readObservation } from '$lib/features/trajectory-sessions/data.server';
import { saveObservation, saveObservationFailures } from '$lib/features/trajectory-sessions/mutations.server';
import { observationSchema } from '$lib/features/trajectory-sessions/schema';
import { readTrajectory } from '$lib/features/trajectories/data.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The observation form of a logbook entry of kind observatie: the coach and the observed teacher
// fill it in; when the entry is shared, whoever sees the trajectory reads it (ADR 050).
export const load: PageServerLoad = async (event) => {
  const { offer, trajectory, entry, editor } = await requireObservation(event, event.params.org, event.params.offer, event.params.school, event.params.entry);
  const [details, observation] = await Promise.all([readTrajectory(trajectory), readObservation(entry)]);
  if (!details) error(404);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug },
    school: { key: event.params.school, name: details.schoolName },
    entry: { heldOn: entry.heldOn, participants: entry.participants },
    observation, workgroup: details.workgroup.map((w) => ({ personId: w.personId, name: w.name })),
    abilities: { edit: editor !== null, chooseTeacher: editor?.isCoach ?? false }
  };
};

export const actions = {
  default: defineAction({
    form: 'observation',
    access: (event: RequestEvent) => requireObservationEditor(event, event.params.org, event.params.offer, event.params.school, event.params.entry),
    schema: observationSchema,
    run: ({ access, input }) => saveObservation(access.editor, input),
    failures: saveObservationFailures,
    done: () => ({ saved: true })
  })
} satisfies Actions;
