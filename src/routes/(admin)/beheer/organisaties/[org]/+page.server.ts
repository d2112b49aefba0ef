import { listOrganisationRoles } from '$lib/features/organisations/data.server';
import { grantOrganisationRole, revokeOrganisationRole } from '$lib/features/organisations/mutations.server';
import { grantRoleSchema, revokeRoleSchema } from '$lib/features/organisations/schema';
import { defineAction } from '$lib/server/actions';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { organisation, organisationId } = await requireOrganisation(event, event.params.org, 'manage-roles');
  return { organisation, roles: await listOrganisationRoles(organisationId) };
};

const manageRoles = (event: RequestEvent) => requireOrganisation(event, event.params.org, 'manage-roles');

export const actions = {
  grant: defineAction({
    form: 'grant',
    access: manageRoles,
    schema: grantRoleSchema,
    run: ({ access, input }) => grantOrganisationRole(access.organisationId, input, access.actor.name),
    done: () => ({ saved: 'grant' })
  }),
  revoke: defineAction({
    form: 'revoke',
    access: manageRoles,
    schema: revokeRoleSchema,
    run: ({ access, input }) => revokeOrganisationRole(access.organisationId, input.personId, input.role),
    done: () => ({ saved: 'revoke' })
  })
} satisfies Actions;
