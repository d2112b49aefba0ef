import type { Actor } from '../people/types';

/** Merging two accounts of one person moves everything of one into the other: platform admins only. */
export function canMergeAccounts(actor: Actor | null): boolean {
  return !!actor?.isPlatformAdmin;
}
