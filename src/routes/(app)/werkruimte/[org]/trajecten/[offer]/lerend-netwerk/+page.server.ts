import { requireNetworkFounder } from '$lib/features/trajectory-sessions/access.server';
import { listOfferLearningNetworks } from '$lib/features/trajectory-sessions/data.server';
import { createCrossSchoolNetwork, crossSchoolNetworkFailures } from '$lib/features/trajectory-sessions/mutations.server';
import { crossSchoolNetworkSchema } from '$lib/features/trajectory-sessions/schema';
import { workingSchoolYear } from '$lib/features/calendar/rules';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The offer's cross-school learning network: its facilitators create it per school year from the
// accepted schools; its meetings, questions and harvests live on the learning network's own pages (ADR 050).
export const load: PageServerLoad = async (event) => {
  const { offer, founder } = await requireNetworkFounder(event, event.params.org, event.params.offer);
  const { network, cohorts } = await listOfferLearningNetworks(founder);
  return { offer: { title: offer.title, slug: offer.slug }, network, cohorts, suggestedYear: workingSchoolYear(new Date()) };
};

export const actions = {
  default: defineAction({
    form: 'network',
    access: (event: RequestEvent) => requireNetworkFounder(event, event.params.org, event.params.offer),
    schema: crossSchoolNetworkSchema,
    run: ({ access, input }) => createCrossSchoolNetwork(access.founder, input.schoolYear),
    failures: crossSchoolNetworkFailures,
    done: (result) => ({ saved: true, members: result.members })
  })
} satisfies Actions;
