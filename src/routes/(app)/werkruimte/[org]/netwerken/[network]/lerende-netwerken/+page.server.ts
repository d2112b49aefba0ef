import { error } from '@sveltejs/kit';
import { formatSchoolYear } from '$lib/features/calendar/rules';
import { schoolYearQuerySchema } from '$lib/features/networks/schema';
import { findLearningNetwork, listLearningNetworks, listParticipants } from '$lib/features/learning-networks/data.server';
import { formLearningNetwork } from '$lib/features/learning-networks/mutations.server';
import { canLearningNetwork } from '$lib/features/learning-networks/policy';
import { formLearningNetworkSchema } from '$lib/features/learning-networks/schema';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireLearningNetworkWorkspace } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'view-overview');
  const requested = schoolYearQuerySchema.safeParse(event.url.searchParams.get('vormen') ?? undefined);
  if (!requested.success) error(400, errorText(messagesFor(event.locals.locale), 'schoolYearInvalid'));
  const cohorts = await listLearningNetworks(network.id);
  let preview = null;
  if (requested.data !== undefined) {
    // The preview lists exactly the schools the confirmation will put in the learning network.
    const year = requested.data;
    preview = {
      year: formatSchoolYear(year),
      from: formatSchoolYear(year - 1),
      exists: !!(await findLearningNetwork(network.id, year)),
      schools: await listParticipants(network.id, year - 1)
    };
  }
  return {
    network,
    cohorts: cohorts.map((c) => ({ ...c, label: formatSchoolYear(c.schoolYear) })),
    preview,
    canManage: canLearningNetwork(actor, 'manage', { organisationId: organisation.id })
  };
};

export const actions: Actions = {
  form: async (event) => {
    const { organisationId, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(formLearningNetworkSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'form');
    const result = await formLearningNetwork(organisationId, network.id, parsed.data.schoolYear);
    if (!result.ok) return fieldFail(result.reason === 'no-participants' ? 422 : 404, 'schoolYear', result.reason === 'no-participants' ? 'noParticipants' : 'notFound', data, 'form');
    return { formed: { created: result.created, members: result.members, year: formatSchoolYear(parsed.data.schoolYear) } };
  }
};
