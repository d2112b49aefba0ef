import { requireLinkedPartner, requirePartnerCorrection } from '$lib/features/map-wegwijzer/access.server';
import { correctPartner, correctPartnerFailures } from '$lib/features/map-wegwijzer/mutations.server';
import { partnerFactsSchema } from '$lib/features/map-wegwijzer/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// A partner's shared facts, corrected from the school's map while no other school links it (ADR 046).
export const load: PageServerLoad = async (event) => {
  const { partner, correction } = await requireLinkedPartner(event, event.params.school, event.params.link);
  return { partner, link: event.params.link, correctable: correction !== null };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: (event: RequestEvent) => requirePartnerCorrection(event, event.params.school, event.params.link),
    schema: partnerFactsSchema,
    run: ({ access, input }) => correctPartner(access.correction, input),
    failures: correctPartnerFailures,
    done: () => ({ saved: 'save' })
  })
} satisfies Actions;
