import { requireAdministeredPartner } from '$lib/features/map-wegwijzer/access.server';
import { correctPartner, correctPartnerFailures } from '$lib/features/map-wegwijzer/mutations.server';
import { partnerFactsSchema } from '$lib/features/map-wegwijzer/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// One directory partner: the platform admins correct its shared facts, whoever links it (ADR 046).
export const load: PageServerLoad = async (event) => {
  const { partner } = await requireAdministeredPartner(event, event.params.partner);
  return { partner };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: (event: RequestEvent) => requireAdministeredPartner(event, event.params.partner),
    schema: partnerFactsSchema,
    run: ({ access, input }) => correctPartner(access.correction, input),
    failures: correctPartnerFailures,
    done: () => ({ saved: 'save' })
  })
} satisfies Actions;
