import { requireManagedOffer } from '$lib/features/trajectories/access.server';
import { listCoaches, listEnrolments, listStartYears } from '$lib/features/trajectories/data.server';
import { acceptApplication, decisionFailures, refuseApplication, waitlistApplication } from '$lib/features/trajectories/mutations.server';
import { acceptSchema, refuseSchema, trajectoryIdSchema } from '$lib/features/trajectories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireManagedOffer(event, event.params.org, event.params.offer);

// The organisation's facilitators decide: accept with a coach, refuse with a reason, or put a school on the next year's list.
export const load: PageServerLoad = async (event) => {
  const { managed, offer, organisationId } = await requireManagedOffer(event, event.params.org, event.params.offer);
  const [enrolments, startYears, coaches] = await Promise.all([listEnrolments(managed, offer.id), listStartYears(offer.id), listCoaches(organisationId)]);
  return { offer, enrolments, startYears, coaches };
};

export const actions = {
  accept: defineAction({
    form: 'accept',
    access: guard,
    schema: acceptSchema,
    run: ({ access, input }) => acceptApplication(access.managed, input.trajectoryId, input.coachId, access.actor.personId),
    failures: decisionFailures,
    done: () => ({ saved: 'accepted' as const })
  }),
  refuse: defineAction({
    form: 'refuse',
    access: guard,
    schema: refuseSchema,
    run: ({ access, input }) => refuseApplication(access.managed, input.trajectoryId, input.reason, access.actor.personId),
    failures: decisionFailures,
    done: () => ({ saved: 'refused' as const })
  }),
  waitlist: defineAction({
    form: 'waitlist',
    access: guard,
    schema: trajectoryIdSchema,
    run: ({ access, input }) => waitlistApplication(access.managed, input.trajectoryId, access.actor.personId),
    failures: decisionFailures,
    done: () => ({ saved: 'waitlisted' as const })
  })
} satisfies Actions;
