import { requireSchoolInternational } from '$lib/features/international-contacts/access.server';
import { listSchoolContacts, listSchoolIntroductions } from '$lib/features/international-contacts/data.server';
import { requestFailures, requestIntroduction } from '$lib/features/international-contacts/mutations.server';
import { introductionRequestSchema } from '$lib/features/international-contacts/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent, action: 'view-school' | 'request') => requireSchoolInternational(event, event.params.school, action);

// The school's coordinators read the contacts abroad of the organisations it is a member of this
// school year and ask for an introduction (ADR 055).
export const load: PageServerLoad = async (event) => {
  const { schoolId, abilities } = await guard(event, 'view-school');
  const [groups, requests] = await Promise.all([listSchoolContacts(schoolId), listSchoolIntroductions(schoolId)]);
  return { groups, requests, abilities: { request: abilities.request } };
};

export const actions = {
  request: defineAction({
    form: 'request',
    access: (event: RequestEvent) => guard(event, 'request'),
    schema: introductionRequestSchema,
    run: ({ access, input }) => requestIntroduction(access.schoolId, access.actor.personId, input),
    failures: requestFailures,
    done: () => ({ saved: 'requested' as const })
  })
} satisfies Actions;
