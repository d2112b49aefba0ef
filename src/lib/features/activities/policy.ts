import { hasOrganisationRole, type Actor } from '../people/types';

export type ActivityAction = 'manage' | 'register';

/**
 * The organising organisation's facilitators manage an activity and its registrations; any
 * signed-in person may register for an activity they can see (visibility comes with the pages).
 */
export function canActivity(actor: Actor | null, action: ActivityAction, activity: { organisationId: string }): boolean {
  switch (action) {
    case 'manage':
      return hasOrganisationRole(actor, activity.organisationId, 'facilitator');
    case 'register':
      return actor !== null;
  }
}
