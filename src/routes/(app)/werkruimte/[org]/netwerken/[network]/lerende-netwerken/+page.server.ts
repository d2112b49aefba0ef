import { formatSchoolYear, workingSchoolYear } from '$lib/features/calendar/rules';
import { findLearningNetwork, listLearningNetworks, listParticipants } from '$lib/features/learning-networks/data.server';
import { formLearningNetwork, formLearningNetworkFailures } from '$lib/features/learning-networks/mutations.server';
import { learningNetworkAbilities } from '$lib/features/learning-networks/policy';
import { formLearningNetworkSchema } from '$lib/features/learning-networks/schema';
import { defineAction } from '$lib/server/actions';
import { requireLearningNetworkWorkspace } from '$lib/features/learning-networks/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Exactly the schools the confirmation puts in the learning network of `year`: last year's participants. */
async function previewOf(networkId: string, year: number) {
  return {
    year: formatSchoolYear(year),
    from: formatSchoolYear(year - 1),
    exists: !!(await findLearningNetwork(networkId, year)),
    schools: await listParticipants(networkId, year - 1)
  };
}

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'view-overview');
  const cohorts = await listLearningNetworks(network.id);
  return {
    network,
    cohorts: cohorts.map((c) => ({ ...c, label: formatSchoolYear(c.schoolYear) })),
    abilities: learningNetworkAbilities(actor, { organisationId: organisation.id }),
    suggestedYear: formatSchoolYear(workingSchoolYear(new Date()))
  };
};

const manage = (event: RequestEvent) => requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');

export const actions = {
  // A POST, so a wrong school year comes back next to the field with what was typed (a 400), not as an error page.
  preview: defineAction({
    form: 'preview',
    access: manage,
    schema: formLearningNetworkSchema,
    run: ({ access, input }) => previewOf(access.network.id, input.schoolYear),
    done: (preview) => ({ preview })
  }),
  form: defineAction({
    form: 'form',
    access: manage,
    schema: formLearningNetworkSchema,
    run: ({ access, input }) => formLearningNetwork(access.organisationId, access.network.id, input.schoolYear),
    failures: formLearningNetworkFailures,
    done: async (result, { access, input }) => ({
      formed: { created: result.created, members: result.members, year: formatSchoolYear(input.schoolYear) },
      preview: await previewOf(access.network.id, input.schoolYear)
    })
  })
} satisfies Actions;
