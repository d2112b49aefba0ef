import { formatSchoolYear } from '$lib/features/calendar/rules';
import { listAllMemberships } from '$lib/features/networks/data.server';
import { addNetworkMembership, removeNetworkMembership, updateNetwork } from '$lib/features/networks/mutations.server';
import { canNetwork } from '$lib/features/networks/policy';
import { membershipAddSchema, membershipRemoveSchema, networkDetailsSchema } from '$lib/features/networks/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireNetwork, requireOrganisation } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: 'edit' | 'manage-members') {
  await requireOrganisation(event, event.params.org, 'view-workspace');
  return requireNetwork(event, event.params.org, event.params.network, action);
}

export const load: PageServerLoad = async (event) => {
  await requireOrganisation(event, event.params.org, 'view-workspace');
  const { network } = await requireNetwork(event, event.params.org, event.params.network, 'view');
  const memberships = await listAllMemberships(network.id);
  const years = [...new Set(memberships.map((r) => r.schoolYear))].map((year) => ({
    year,
    label: formatSchoolYear(year),
    schools: memberships.filter((r) => r.schoolYear === year)
  }));
  return {
    network,
    years,
    abilities: { edit: canNetwork(event.locals.actor, 'edit', network), manageMembers: canNetwork(event.locals.actor, 'manage-members', network) }
  };
};

export const actions: Actions = {
  details: async (event) => {
    const { network, organisationId } = await guard(event, 'edit');
    const parsed = parseForm(networkDetailsSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'details');
    await updateNetwork(organisationId, network.id, parsed.data);
    return { saved: 'details' };
  },
  addMember: async (event) => {
    const { network, organisationId } = await guard(event, 'manage-members');
    const data = await event.request.formData();
    const parsed = parseForm(membershipAddSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'addMember');
    const result = await addNetworkMembership(organisationId, network.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'already-member') return fieldFail(409, 'institutionNumber', 'membershipExists', data, 'addMember');
      return fieldFail(404, 'institutionNumber', 'schoolNotFound', data, 'addMember');
    }
    return { saved: 'addMember' };
  },
  removeMember: async (event) => {
    const { network, organisationId } = await guard(event, 'manage-members');
    const parsed = parseForm(membershipRemoveSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'removeMember');
    await removeNetworkMembership(organisationId, network.id, parsed.data);
    return { saved: 'removeMember' };
  }
};
