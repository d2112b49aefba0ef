import { hasOrganisationRole, moderatesNetwork, schoolAccessOf, type Actor } from '../people/types';

export type KitAction = 'compose' | 'view-member';

export interface KitSubject {
  organisationId?: string;
  networkId?: string;
  schoolId?: string;
  /** The school is a member of the kit's network in the kit's school year. */
  isMember?: boolean;
}

/**
 * A network's communication kit (ADR 059) is composed by its organisation's facilitators and by a
 * moderator of that network (ADR 052), never of another. It is for the members: the coordinators and
 * staff of a school that is a member of the network in the kit's school year. Coaches and other
 * organisations see nothing of it.
 */
export function canKit(actor: Actor | null, action: KitAction, subject: KitSubject): boolean {
  if (!actor) return false;
  switch (action) {
    case 'compose':
      return !!subject.organisationId && !!subject.networkId &&
        (hasOrganisationRole(actor, subject.organisationId, 'facilitator') || moderatesNetwork(actor, subject.networkId));
    case 'view-member':
      return !!subject.schoolId && schoolAccessOf(actor, subject.schoolId) !== null && subject.isMember === true;
  }
}

export interface KitAbilities { compose: boolean }

export function kitAbilities(actor: Actor | null, subject: KitSubject): KitAbilities {
  return { compose: canKit(actor, 'compose', subject) };
}
