import { hasOrganisationRole, moderatedNetworksIn, type Actor } from '../people/types';

export type OrganisationAction = 'create' | 'manage-roles' | 'enter-workspace' | 'view-workspace' | 'edit-profile' | 'manage-schools';

/**
 * Platform admins create organisations and hand out roles; inside an organisation its
 * facilitators run things and its coaches may look. Nobody else sees the workspace. A moderator of
 * one of its networks (ADR 052) may enter it ('enter-workspace', the layout) to reach her network's
 * practice examples, and nothing else: every other page asks 'view-workspace'.
 */
export function canOrganisation(actor: Actor | null, action: OrganisationAction, organisationId?: string): boolean {
  if (!actor) return false;
  switch (action) {
    case 'create':
    case 'manage-roles':
      return actor.isPlatformAdmin;
    case 'enter-workspace':
      return !!organisationId && (canOrganisation(actor, 'view-workspace', organisationId) || moderatedNetworksIn(actor, organisationId).length > 0);
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
    /** False for a moderator of one of its networks: she sees the library tab only. */
    viewWorkspace: canOrganisation(actor, 'view-workspace', organisationId),
    editProfile: canOrganisation(actor, 'edit-profile', organisationId),
    manageSchools: canOrganisation(actor, 'manage-schools', organisationId)
  };
}
