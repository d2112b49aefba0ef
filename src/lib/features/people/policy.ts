import type { Actor } from './types';

export type AccountAction = 'edit-own-account' | 'open-workspace';

/** Every signed-in person manages their own account and sees their own workspace. */
export function canAccount(actor: Actor | null, action: AccountAction): boolean {
  switch (action) {
    case 'edit-own-account':
    case 'open-workspace':
      return actor !== null;
  }
}
