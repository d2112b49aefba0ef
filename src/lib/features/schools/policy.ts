import { schoolAccessOf, type Actor } from '../people/types';

export type SchoolAction = 'search-directory' | 'create' | 'view-profile' | 'edit-profile' | 'view-staff' | 'manage-staff';

/**
 * Schools are shared: any facilitator keeps the common directory (search, add). A school's own
 * profile and team belong to the school: its coordinators edit, its staff read.
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
  }
}

/** What a school's pages offer the actor, asked once per load. */
export function schoolAbilities(actor: Actor | null, schoolId: string) {
  return { editProfile: canSchool(actor, 'edit-profile', schoolId), manageStaff: canSchool(actor, 'manage-staff', schoolId) };
}
