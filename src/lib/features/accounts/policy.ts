import type { Actor } from '../people/types';

export type AccountsAction = 'sign-up' | 'sign-in-external';

/**
 * Creating an account is for visitors (someone signed in already has one); signing in with an
 * external provider is open to anyone, as the password form is.
 */
export function canAccounts(actor: Actor | null, action: AccountsAction): boolean {
  switch (action) {
    case 'sign-up':
      return actor === null;
    case 'sign-in-external':
      return true;
  }
}
