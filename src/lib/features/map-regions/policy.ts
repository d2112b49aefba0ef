import type { Actor } from '../people/types';
import { canSharedMap } from '../network-map/policy';

/**
 * The regional view reads only what the organisation may read map by map (ADR 036, 047): its
 * facilitators see the maps shared with it, together; a map not shared with it never counts.
 */
export function canRegionalView(actor: Actor | null, organisationId: string): boolean {
  return canSharedMap(actor, organisationId, 'list');
}
