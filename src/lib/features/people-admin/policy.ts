import type { Actor } from '../people/types';

export type PeopleAdminAction = 'find-people' | 'manage-person';

/**
 * Finding anyone's account and changing what it may do is the platform's administration: platform
 * admins only. Organisations and schools manage their own people in their own pages.
 */
export function canAdministerPeople(actor: Actor | null, action: PeopleAdminAction): boolean {
  switch (action) {
    case 'find-people':
    case 'manage-person':
      return !!actor?.isPlatformAdmin;
  }
}
