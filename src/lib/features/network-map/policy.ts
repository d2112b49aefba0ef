import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type NetworkMapAction = 'view' | 'edit' | 'manage';

/** What the policy needs to know of a school's map. */
export interface MapSubject {
  schoolId: string;
  /** Staff the coordinator allows to edit (map keepers). */
  keepers: string[];
}

/**
 * A school's map is private to the school (ADR 036): its staff read it, its coordinators and the
 * keepers they name edit it, and only coordinators decide whom it is shared with and who keeps it.
 * Organisations read it only through `canSharedMap`, never through this.
 */
export function canNetworkMap(actor: Actor | null, action: NetworkMapAction, subject: MapSubject): boolean {
  if (!actor) return false;
  const access = schoolAccessOf(actor, subject.schoolId);
  switch (action) {
    case 'view':
      return access !== null;
    case 'edit':
      return access === 'coordinator' || (access === 'staff' && subject.keepers.includes(actor.personId));
    case 'manage':
      return access === 'coordinator';
  }
}

/**
 * An organisation's facilitators read the maps schools shared with that organisation, and list
 * them; a map shared with another organisation is not theirs to see.
 */
export function canSharedMap(actor: Actor | null, organisationId: string, sharedWith: string[] | 'list'): boolean {
  if (!actor || !hasOrganisationRole(actor, organisationId, 'facilitator')) return false;
  return sharedWith === 'list' || sharedWith.includes(organisationId);
}

/** What the map pages offer the actor, asked once per load. */
export function networkMapAbilities(actor: Actor | null, subject: MapSubject) {
  return {
    edit: canNetworkMap(actor, 'edit', subject),
    manage: canNetworkMap(actor, 'manage', subject)
  };
}
