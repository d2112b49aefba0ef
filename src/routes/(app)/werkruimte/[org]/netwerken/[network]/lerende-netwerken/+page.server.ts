import { formatSchoolYear, workingSchoolYear } from '$lib/features/calendar/rules';
import { findLearningNetwork, listLearningNetworks, listParticipants } from '$lib/features/learning-networks/data.server';
import { formLearningNetwork } from '$lib/features/learning-networks/mutations.server';
import { canLearningNetwork } from '$lib/features/learning-networks/policy';
import { formLearningNetworkSchema } from '$lib/features/learning-networks/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireLearningNetworkWorkspace } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

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
    canManage: canLearningNetwork(actor, 'manage', { organisationId: organisation.id }),
    suggestedYear: formatSchoolYear(workingSchoolYear(new Date()))
  };
};

export const actions: Actions = {
  // A POST, so a wrong school year comes back next to the field with what was typed (a 400), not as an error page.
  preview: async (event) => {
    const { network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(formLearningNetworkSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'preview');
    return { preview: await previewOf(network.id, parsed.data.schoolYear) };
  },
  form: async (event) => {
    const { organisationId, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(formLearningNetworkSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'form');
    const result = await formLearningNetwork(organisationId, network.id, parsed.data.schoolYear);
    if (!result.ok) return fieldFail(result.reason === 'no-participants' ? 422 : 404, 'schoolYear', result.reason === 'no-participants' ? 'noParticipants' : 'notFound', data, 'form');
    return {
      formed: { created: result.created, members: result.members, year: formatSchoolYear(parsed.data.schoolYear) },
      preview: await previewOf(network.id, parsed.data.schoolYear)
    };
  }
};
