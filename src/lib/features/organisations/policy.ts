import { hasOrganisationRole, type Actor } from '../people/types';

export type OrganisationAction = 'create' | 'manage-roles' | 'view-workspace' | 'edit-profile' | 'manage-schools';

/**
 * Platform admins create organisations and hand out roles; inside an organisation its
 * facilitators run things and its coaches may look. Nobody else sees the workspace.
 */
export function canOrganisation(actor: Actor | null, action: OrganisationAction, organisationId?: string): boolean {
  if (!actor) return false;
  switch (action) {
    case 'create':
    case 'manage-roles':
      return actor.isPlatformAdmin;
    case 'view-workspace':
      return !!organisationId &&
        (hasOrganisationRole(actor, organisationId, 'facilitator') || hasOrganisationRole(actor, organisationId, 'coach'));
    case 'edit-profile':
    case 'manage-schools':
      return !!organisationId && hasOrganisationRole(actor, organisationId, 'facilitator');
  }
}

/** What the workspace's pages offer inside one organisation, asked once per load. */
export function organisationAbilities(actor: Actor | null, organisationId: string) {
  return {
    editProfile: canOrganisation(actor, 'edit-profile', organisationId),
    manageSchools: canOrganisation(actor, 'manage-schools', organisationId)
  };
}
