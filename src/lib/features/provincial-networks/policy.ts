import { hasOrganisationRole, type Actor } from '../people/types';

export type ProvincialAction = 'manage-structure' | 'manage-moderators' | 'assign-presentations';

export interface ProvincialSubject { organisationId: string }

/**
 * The umbrella, a network's contact people, its moderators (a facilitator role scoped to one
 * network, ADR 052) and which network presents which study-day session: the organisation's
 * facilitators decide all of them. A moderator grants nothing, not even in her own network.
 */
export function canProvincial(actor: Actor | null, action: ProvincialAction, subject: ProvincialSubject): boolean {
  switch (action) {
    case 'manage-structure':
    case 'manage-moderators':
    case 'assign-presentations':
      return hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  }
}

export function provincialAbilities(actor: Actor | null, subject: ProvincialSubject) {
  return {
    manageStructure: canProvincial(actor, 'manage-structure', subject),
    manageModerators: canProvincial(actor, 'manage-moderators', subject),
    assignPresentations: canProvincial(actor, 'assign-presentations', subject)
  };
}
