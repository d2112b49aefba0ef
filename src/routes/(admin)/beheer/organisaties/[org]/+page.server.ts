import { listOrganisationRoles } from '$lib/features/organisations/data.server';
import { grantOrganisationRole, revokeOrganisationRole } from '$lib/features/organisations/mutations.server';
import { grantRoleSchema, revokeRoleSchema } from '$lib/features/organisations/schema';
import { formFail, parseForm } from '$lib/server/forms';
import { requireOrganisation } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { organisation, organisationId } = await requireOrganisation(event, event.params.org, 'manage-roles');
  return { organisation, roles: await listOrganisationRoles(organisationId) };
};

export const actions: Actions = {
  grant: async (event) => {
    const { actor, organisationId } = await requireOrganisation(event, event.params.org, 'manage-roles');
    const parsed = parseForm(grantRoleSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'grant');
    await grantOrganisationRole(organisationId, parsed.data, actor.name);
    return { saved: 'grant' };
  },
  revoke: async (event) => {
    const { organisationId } = await requireOrganisation(event, event.params.org, 'manage-roles');
    const parsed = parseForm(revokeRoleSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'revoke');
    await revokeOrganisationRole(organisationId, parsed.data.personId, parsed.data.role);
    return { saved: 'revoke' };
  }
};
