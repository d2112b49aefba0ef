// Who may act on a school's wegwijzer, its keeper handover and a directory partner's facts
// (ADR 020, 046): the policy decides, this mints the handles. The school comes in through the
// map's own guard, so the wegwijzer is exactly as private as the map.
import { z } from 'zod';
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireMap } from '../network-map/access.server';
import type { Actor } from '../people/types';
import { countOrphanedKeepers, findLinkedPartner, findPartnerFacts } from './data.server';
import { canCorrectPartner, canWegwijzer, wegwijzerAbilities } from './policy';
import type { KeeperHandover, PartnerCorrection, WegwijzerEditor, WegwijzerReader } from './types';

/** 'view': the school's staff read and search; 'edit': its coordinators and map keepers. */
export async function requireWegwijzer(event: GuardEvent, schoolParam: string, action: 'view' | 'edit') {
  const map = await requireMap(event, schoolParam, 'view');
  const subject = { schoolId: map.school.id, keepers: map.facts.keepers };
  if (!canWegwijzer(map.actor, action, subject)) forbidden(event.locals);
  const abilities = wegwijzerAbilities(map.actor, subject);
  return {
    actor: map.actor, school: map.school, abilities,
    reader: grant('wegwijzer-reader', map.school.id) as WegwijzerReader,
    editor: abilities.edit ? (grant('wegwijzer-editor', map.school.id) as WegwijzerEditor) : null
  };
}

export async function requireWegwijzerEditor(event: GuardEvent, schoolParam: string) {
  const wegwijzer = await requireWegwijzer(event, schoolParam, 'edit');
  return { ...wegwijzer, editor: wegwijzer.editor! };
}

/** The coordinators hand over the duties of map keepers who left the team. */
export async function requireKeeperHandover(event: GuardEvent, schoolParam: string) {
  const map = await requireMap(event, schoolParam, 'view');
  if (!canWegwijzer(map.actor, 'handover', { schoolId: map.school.id, keepers: map.facts.keepers })) forbidden(event.locals);
  return { actor: map.actor, school: map.school, handover: grant('keeper-handover', map.school.id) as KeeperHandover };
}

/**
 * How many keeper duties wait for a successor, for the notice on the school's pages: only its
 * coordinators are told (0 for anyone else, without a query).
 */
export async function keeperHandoverNotice(actor: Actor | null, schoolId: string): Promise<number> {
  if (!canWegwijzer(actor, 'handover', { schoolId, keepers: [] })) return 0;
  return countOrphanedKeepers(schoolId);
}

const uuid = z.uuid();

/**
 * A partner on the school's map, from its edit page: the map's editors see its shared facts, and
 * get a correction handle only while no other school links it (the policy). Not on the map: 404.
 */
export async function requireLinkedPartner(event: GuardEvent, schoolParam: string, linkId: string) {
  const map = await requireMap(event, schoolParam, 'edit');
  const partner = uuid.safeParse(linkId).success ? await findLinkedPartner(map.school.id, linkId) : null;
  if (!partner) notFound(event.locals);
  const from = { schoolId: map.school.id, keepers: map.facts.keepers };
  const correction = canCorrectPartner(map.actor, partner, from)
    ? (Object.assign(grant('partner-correction', partner.id), { schoolId: map.school.id }) as PartnerCorrection)
    : null;
  return { actor: map.actor, school: map.school, partner, correction };
}

/** Like `requireLinkedPartner`, for the correction itself: refused while another school links the partner. */
export async function requirePartnerCorrection(event: GuardEvent, schoolParam: string, linkId: string) {
  const linked = await requireLinkedPartner(event, schoolParam, linkId);
  if (!linked.correction) forbidden(event.locals);
  return { ...linked, correction: linked.correction };
}

/** Any directory partner, for the platform admins. */
export async function requireAdministeredPartner(event: GuardEvent, partnerId: string) {
  const actor = requireActor(event);
  if (!canCorrectPartner(actor, { linkedBy: [] }, null)) forbidden(event.locals);
  const partner = uuid.safeParse(partnerId).success ? await findPartnerFacts(partnerId) : null;
  if (!partner) notFound(event.locals);
  return { actor, partner, correction: Object.assign(grant('partner-correction', partner.id), { schoolId: null }) as PartnerCorrection };
}

/** The shared directory's list: platform admins only. */
export function requirePartnerDirectory(event: GuardEvent) {
  const actor = requireActor(event);
  if (!canCorrectPartner(actor, { linkedBy: [] }, null)) forbidden(event.locals);
  return { actor };
}
