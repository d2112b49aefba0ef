import { requireManagedOffer } from '$lib/features/trajectories/access.server';
import { listStartYears } from '$lib/features/trajectories/data.server';
import { offerSchema } from '$lib/features/trajectories/schema';
import { offerEditFailures, updateOffer } from '$lib/features/trajectory-plans/mutations.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The organisation's facilitators edit every field of an offer, with the checks of publishing (ADR 049).
export const load: PageServerLoad = async (event) => {
  const { offer } = await requireManagedOffer(event, event.params.org, event.params.offer);
  return { offer, startYears: await listStartYears(offer.id) };
};

export const actions = {
  default: defineAction({
    form: 'offer',
    access: (event: RequestEvent) => requireManagedOffer(event, event.params.org, event.params.offer),
    schema: offerSchema,
    run: ({ access, input }) => updateOffer(access.managed, access.offer.id, input),
    failures: offerEditFailures,
    done: () => ({ saved: true as const })
  })
} satisfies Actions;
