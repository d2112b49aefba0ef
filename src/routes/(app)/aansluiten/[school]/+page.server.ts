import { findOwnJoinRequest } from '$lib/features/schools/data.server';
import { askToJoin, joinFailures } from '$lib/features/schools/mutations.server';
import { joinRequestSchema } from '$lib/features/schools/schema';
import { defineAction } from '$lib/server/actions';
import { requireJoinApplicant } from '$lib/features/schools/access.server';
import { schoolAccessOf } from '$lib/features/people/types';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, school } = await requireJoinApplicant(event, event.params.school);
  // Only the person's own standing is shown: never who else belongs to the school or decides.
  return {
    school: { name: school.name, municipality: school.municipality, key: school.institutionNumber },
    access: schoolAccessOf(actor, school.id),
    ownRequest: await findOwnJoinRequest(actor.personId, school.id)
  };
};

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => requireJoinApplicant(event, event.params.school),
    schema: joinRequestSchema,
    run: ({ access, input, event }) => askToJoin(access.applicant, input, event.getClientAddress()),
    failures: joinFailures,
    done: (result) => ({ outcome: result.outcome })
  })
} satisfies Actions;
