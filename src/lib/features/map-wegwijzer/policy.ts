import { canNetworkMap, type MapSubject } from '../network-map/policy';
import type { Actor } from '../people/types';

export type WegwijzerAction = 'view' | 'edit' | 'handover';

/**
 * The wegwijzer is private like the map it refers to (ADR 036, 046): the school's staff read and
 * search it, its coordinators and map keepers fill it, and only coordinators hand over the duties
 * of a keeper who left the school. No organisation sees it, shared map or not.
 */
export function canWegwijzer(actor: Actor | null, action: WegwijzerAction, subject: MapSubject): boolean {
  return canNetworkMap(actor, action === 'handover' ? 'manage' : action, subject);
}

export function wegwijzerAbilities(actor: Actor | null, subject: MapSubject) {
  return { edit: canWegwijzer(actor, 'edit', subject), handover: canWegwijzer(actor, 'handover', subject) };
}

/** Which schools have a partner on their map: what deciding a correction of its shared facts needs. */
export interface PartnerSubject { linkedBy: string[] }

/**
 * A partner's shared facts (name, municipality, website, contact) are corrected by a platform
 * admin, or from a school's map by those who edit it, as long as no other school links the partner:
 * once two schools share a row, one school's correction would change the other's map.
 */
export function canCorrectPartner(actor: Actor | null, partner: PartnerSubject, from: MapSubject | null): boolean {
  if (!actor) return false;
  if (from === null) return actor.isPlatformAdmin;
  return canNetworkMap(actor, 'edit', from) && partner.linkedBy.length === 1 && partner.linkedBy[0] === from.schoolId;
}
