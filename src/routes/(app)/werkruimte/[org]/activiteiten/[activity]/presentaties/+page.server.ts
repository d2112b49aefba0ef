// A study day's sessions given to networks, each with the practice example it presents (ADR 052).
import { listPresentationChoices, listStudyDaySessions } from '$lib/features/provincial-networks/data.server';
import { assignPresentation, assignPresentationFailures } from '$lib/features/provincial-networks/mutations.server';
import { presentationSchema } from '$lib/features/provincial-networks/schema';
import { requireStudyDay } from '$lib/features/provincial-networks/access.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { organisationId, studyDay } = await requireStudyDay(event, event.params.org, event.params.activity);
  const [sessions, choices] = await Promise.all([listStudyDaySessions(studyDay), listPresentationChoices(organisationId)]);
  return { sessions, choices };
};

export const actions = {
  assign: defineAction({
    form: 'assign',
    access: (event: RequestEvent) => requireStudyDay(event, event.params.org, event.params.activity),
    schema: presentationSchema,
    run: ({ access, input }) => assignPresentation(access.organisationId, access.studyDay, input),
    failures: assignPresentationFailures,
    done: () => ({ saved: 'assign' })
  })
} satisfies Actions;
