import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type InternationalAction = 'manage' | 'broker' | 'view-school' | 'request';

/**
 * An organisation's contacts abroad are its own: its facilitators keep the list and broker the
 * introductions (coaches do not: an introduction speaks for the organisation). On a school's side
 * its coordinators read the contacts of the organisations it is a member of this school year and
 * ask for an introduction; whether the school is a member is read with the contacts and checked
 * again in SQL when it asks (mutations.server.ts), so a forged contact id of another organisation
 * changes nothing.
 */
export function canInternational(actor: Actor | null, action: InternationalAction, subject: { organisationId?: string; schoolId?: string }): boolean {
  if (!actor) return false;
  switch (action) {
    case 'manage':
    case 'broker':
      return !!subject.organisationId && hasOrganisationRole(actor, subject.organisationId, 'facilitator');
    case 'view-school':
    case 'request':
      return !!subject.schoolId && schoolAccessOf(actor, subject.schoolId) === 'coordinator';
  }
}

export interface InternationalAbilities { manage: boolean; broker: boolean; viewSchool: boolean; request: boolean }

export function internationalAbilities(actor: Actor | null, subject: { organisationId?: string; schoolId?: string }): InternationalAbilities {
  return {
    manage: canInternational(actor, 'manage', subject),
    broker: canInternational(actor, 'broker', subject),
    viewSchool: canInternational(actor, 'view-school', subject),
    request: canInternational(actor, 'request', subject)
  };
}
