import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type SchoolAction =
  | 'search-directory' | 'create' | 'view-profile' | 'edit-profile' | 'view-staff' | 'manage-staff' | 'ask-to-join';

/**
 * Schools are shared: any facilitator keeps the common directory (search, add). A school's own
 * profile and team belong to the school: its coordinators edit (and decide who joins and which mail
 * domains it vouches for), its staff read. Anyone signed in may ask to join a school.
 */
export function canSchool(actor: Actor | null, action: SchoolAction, schoolId?: string): boolean {
  if (!actor) return false;
  switch (action) {
    case 'search-directory':
    case 'create':
      return actor.organisations.some((o) => o.roles.includes('facilitator'));
    case 'view-profile':
    case 'view-staff':
      return !!schoolId && schoolAccessOf(actor, schoolId) !== null;
    case 'edit-profile':
    case 'manage-staff':
      return !!schoolId && schoolAccessOf(actor, schoolId) === 'coordinator';
    case 'ask-to-join':
      return true;
  }
}

/**
 * Who may open an inbox of requests to join (the route of each request is checked when deciding):
 * an organisation's facilitators, and the platform admins.
 */
export function canJoinInbox(actor: Actor | null, inbox: { organisationId: string } | 'platform'): boolean {
  if (!actor) return false;
  return inbox === 'platform' ? actor.isPlatformAdmin : hasOrganisationRole(actor, inbox.organisationId, 'facilitator');
}

/** What a school's pages offer the actor, asked once per load. */
export function schoolAbilities(actor: Actor | null, schoolId: string) {
  const coordinates = canSchool(actor, 'manage-staff', schoolId);
  return {
    editProfile: canSchool(actor, 'edit-profile', schoolId),
    manageStaff: coordinates,
    decideJoinRequests: coordinates,
    manageMailDomains: coordinates
  };
}
