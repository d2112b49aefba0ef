import { hasOrganisationRole, type Actor } from '../people/types';

export type NetworkAction = 'view' | 'create' | 'edit' | 'manage-members';

export interface NetworkSubject {
  organisationId: string;
  isPublic?: boolean;
}

/**
 * A public network and its member lists are for everyone; a non-public one only for the owning
 * organisation's facilitators and coaches. Only its facilitators change it.
 */
export function canNetwork(actor: Actor | null, action: NetworkAction, network: NetworkSubject): boolean {
  const facilitator = hasOrganisationRole(actor, network.organisationId, 'facilitator');
  switch (action) {
    case 'view':
      return !!network.isPublic || facilitator || hasOrganisationRole(actor, network.organisationId, 'coach');
    case 'create':
    case 'edit':
    case 'manage-members':
      return facilitator;
  }
}

/** What a network's pages offer the actor (the list page asks with only the organisation). */
export function networkAbilities(actor: Actor | null, network: NetworkSubject) {
  return {
    create: canNetwork(actor, 'create', network),
    edit: canNetwork(actor, 'edit', network),
    manageMembers: canNetwork(actor, 'manage-members', network)
  };
}
