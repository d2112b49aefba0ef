import { formatSchoolYear } from '$lib/features/calendar/rules';
import { listAllMemberships } from '$lib/features/networks/data.server';
import { addMembershipFailures, addNetworkMembership, removeNetworkMembership, updateNetwork } from '$lib/features/networks/mutations.server';
import { networkAbilities } from '$lib/features/networks/policy';
import { membershipAddSchema, membershipRemoveSchema, networkDetailsSchema } from '$lib/features/networks/schema';
import { defineAction } from '$lib/server/actions';
import { requireNetwork } from '$lib/features/networks/access.server';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: 'edit' | 'manage-members') {
  await requireOrganisation(event, event.params.org, 'view-workspace');
  return requireNetwork(event, event.params.org, event.params.network, action);
}

export const load: PageServerLoad = async (event) => {
  await requireOrganisation(event, event.params.org, 'view-workspace');
  const { network, ref } = await requireNetwork(event, event.params.org, event.params.network, 'view');
  const memberships = await listAllMemberships(ref);
  const years = [...new Set(memberships.map((r) => r.schoolYear))].map((year) => ({
    year,
    label: formatSchoolYear(year),
    schools: memberships.filter((r) => r.schoolYear === year)
  }));
  return {
    network,
    years,
    abilities: networkAbilities(event.locals.actor, network)
  };
};

export const actions = {
  details: defineAction({
    form: 'details',
    access: (event: RequestEvent) => guard(event, 'edit'),
    schema: networkDetailsSchema,
    run: ({ access, input }) => updateNetwork(access.organisationId, access.ref, input),
    done: () => ({ saved: 'details' })
  }),
  addMember: defineAction({
    form: 'addMember',
    access: (event: RequestEvent) => guard(event, 'manage-members'),
    schema: membershipAddSchema,
    run: ({ access, input }) => addNetworkMembership(access.organisationId, access.ref, input),
    failures: addMembershipFailures,
    done: () => ({ saved: 'addMember' })
  }),
  removeMember: defineAction({
    form: 'removeMember',
    access: (event: RequestEvent) => guard(event, 'manage-members'),
    schema: membershipRemoveSchema,
    run: ({ access, input }) => removeNetworkMembership(access.organisationId, access.ref, input),
    done: () => ({ saved: 'removeMember' })
  })
} satisfies Actions;
