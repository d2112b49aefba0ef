import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import { organisations } from '../organisations/tables.server';
import { schoolStaff } from '../schools/tables.server';
import { mapKeepers, mapLinks, mapPartners, mapShares, mapSnapshots, networkMaps } from './tables.server';
import { seedTemplate, type PartnerCategory, type SnapshotLink } from './rules';
import type { AddLinkInput, LinkInput } from './schema';
import type { MapEditor, MapManager } from './types';

type NewPartner = { name: string; municipality: string; categories: PartnerCategory[]; website: string | null; contact: string | null };

/**
 * The directory's partner of this name in this municipality: the one there, or a new one (ADR 036).
 * Looked up before inserting, so a refusal after it (already on the map) has written nothing.
 */
async function partnerFor(tx: Tx, partner: NewPartner): Promise<string> {
  const find = () => tx.select({ id: mapPartners.id }).from(mapPartners)
    .where(and(sql`lower(${mapPartners.name}) = lower(${partner.name})`, sql`lower(${mapPartners.municipality}) = lower(${partner.municipality})`));
  const [existing] = await find();
  if (existing) return existing.id;
  const [created] = await tx.insert(mapPartners).values(partner).onConflictDoNothing().returning({ id: mapPartners.id });
  // Another school created the same partner in the meantime: theirs is ours.
  return created?.id ?? (await find())[0]!.id;
}

/**
 * Starting the map: empty, or from seed 003's example table, whose local partners are named after
 * the school's municipality (and shared with every school there that starts the same way).
 */
export async function startMap(editor: MapEditor, start: 'template' | 'empty', municipality: string): Promise<{ ok: true } | { ok: false; reason: 'already-started' }> {
  return db().transaction(async (tx) => {
    const [map] = await tx.insert(networkMaps).values({ schoolId: editor.id }).onConflictDoNothing().returning({ id: networkMaps.schoolId });
    if (!map) return { ok: false, reason: 'already-started' } as const;
    if (start === 'template') {
      for (const row of seedTemplate) {
        const partnerId = await partnerFor(tx, {
          name: row.name(municipality), municipality: row.local ? municipality : '', categories: [row.category], website: null, contact: null
        });
        await tx.insert(mapLinks).values({ schoolId: editor.id, partnerId, nature: row.nature, ...row.targets, closeness: 'kennen' }).onConflictDoNothing();
      }
    }
    return { ok: true } as const;
  });
}

export const startMapFailures = {
  'already-started': { status: 409, key: 'mapAlreadyStarted' }
} satisfies FailureMap<Awaited<ReturnType<typeof startMap>>>;

type LinkFailure = { ok: false; reason: 'not-started' | 'partner-not-found' | 'already-linked' | 'contact-not-staff' | 'link-not-found' };

/** The contact holder must be one of the school's people. */
async function isStaff(tx: Tx, schoolId: string, personId: string | null): Promise<boolean> {
  if (!personId) return true;
  return (await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.personId, personId)))) > 0;
}

export async function addLink(editor: MapEditor, input: AddLinkInput): Promise<{ ok: true; id: string } | LinkFailure> {
  return db().transaction(async (tx) => {
    if ((await tx.$count(networkMaps, eq(networkMaps.schoolId, editor.id))) === 0) return { ok: false, reason: 'not-started' } as const;
    if (!(await isStaff(tx, editor.id, input.link.contactPersonId))) return { ok: false, reason: 'contact-not-staff' } as const;
    let partnerId: string;
    if (input.partner.kind === 'existing') {
      const [found] = await tx.select({ id: mapPartners.id }).from(mapPartners).where(eq(mapPartners.id, input.partner.id));
      if (!found) return { ok: false, reason: 'partner-not-found' } as const;
      partnerId = found.id;
    } else {
      const { kind: _kind, ...partner } = input.partner;
      partnerId = await partnerFor(tx, { ...partner, categories: [...partner.categories] });
    }
    const [row] = await tx.insert(mapLinks).values({ ...input.link, schoolId: editor.id, partnerId }).onConflictDoNothing().returning({ id: mapLinks.id });
    if (!row) return { ok: false, reason: 'already-linked' } as const;
    return { ok: true, id: row.id } as const;
  });
}

export const linkFailures = {
  'not-started': { status: 409, key: 'mapNotStarted' },
  'partner-not-found': { status: 404, field: 'partnerId', key: 'mapPartnerNotFound' },
  'already-linked': { status: 409, field: 'partnerName', key: 'mapAlreadyLinked' },
  'contact-not-staff': { status: 400, field: 'contactPersonId', key: 'mapContactPersonInvalid' },
  'link-not-found': { status: 404, key: 'mapLinkNotFound' }
} satisfies FailureMap<LinkFailure>;

/** Another school's link id changes nothing: the school is in the condition. */
export async function updateLink(editor: MapEditor, linkId: string, input: LinkInput): Promise<{ ok: true } | LinkFailure> {
  return db().transaction(async (tx) => {
    if (!(await isStaff(tx, editor.id, input.contactPersonId))) return { ok: false, reason: 'contact-not-staff' } as const;
    const rows = await tx.update(mapLinks).set(input).where(and(eq(mapLinks.id, linkId), eq(mapLinks.schoolId, editor.id))).returning({ id: mapLinks.id });
    return rows.length > 0 ? ({ ok: true } as const) : ({ ok: false, reason: 'link-not-found' } as const);
  });
}

export async function removeLink(editor: MapEditor, linkId: string): Promise<{ ok: true } | LinkFailure> {
  const rows = await db().delete(mapLinks).where(and(eq(mapLinks.id, linkId), eq(mapLinks.schoolId, editor.id))).returning({ id: mapLinks.id });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'link-not-found' };
}

type ShareFailure = { ok: false; reason: 'not-started' | 'organisation-not-found' | 'not-staff' };

export const shareFailures = {
  'not-started': { status: 409, key: 'mapNotStarted' },
  'organisation-not-found': { status: 404, field: 'organisationId', key: 'mapOrganisationNotFound' },
  'not-staff': { status: 400, field: 'personId', key: 'mapKeeperNotStaff' }
} satisfies FailureMap<ShareFailure>;

async function started(tx: Tx, manager: MapManager): Promise<boolean> {
  return (await tx.$count(networkMaps, eq(networkMaps.schoolId, manager.id))) > 0;
}

export async function shareMap(manager: MapManager, organisationId: string): Promise<{ ok: true } | ShareFailure> {
  return db().transaction(async (tx) => {
    if (!(await started(tx, manager))) return { ok: false, reason: 'not-started' } as const;
    if ((await tx.$count(organisations, eq(organisations.id, organisationId))) === 0) return { ok: false, reason: 'organisation-not-found' } as const;
    await tx.insert(mapShares).values({ schoolId: manager.id, organisationId }).onConflictDoNothing();
    return { ok: true } as const;
  });
}

/** Stopping a share that is not there is already the wanted state. */
export async function unshareMap(manager: MapManager, organisationId: string): Promise<{ ok: true }> {
  await db().delete(mapShares).where(and(eq(mapShares.schoolId, manager.id), eq(mapShares.organisationId, organisationId)));
  return { ok: true };
}

export async function setCountsInPeers(manager: MapManager, countsInPeers: boolean): Promise<{ ok: true } | ShareFailure> {
  const rows = await db().update(networkMaps).set({ countsInPeers }).where(eq(networkMaps.schoolId, manager.id)).returning({ id: networkMaps.schoolId });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'not-started' };
}

/** A keeper is one of the school's staff (coordinators edit anyway). */
export async function addKeeper(manager: MapManager, personId: string): Promise<{ ok: true } | ShareFailure> {
  return db().transaction(async (tx) => {
    if (!(await started(tx, manager))) return { ok: false, reason: 'not-started' } as const;
    const staff = await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, manager.id), eq(schoolStaff.personId, personId), eq(schoolStaff.access, 'staff')));
    if (staff === 0) return { ok: false, reason: 'not-staff' } as const;
    await tx.insert(mapKeepers).values({ schoolId: manager.id, personId }).onConflictDoNothing();
    return { ok: true } as const;
  });
}

export async function removeKeeper(manager: MapManager, personId: string): Promise<{ ok: true }> {
  await db().delete(mapKeepers).where(and(eq(mapKeepers.schoolId, manager.id), eq(mapKeepers.personId, personId)));
  return { ok: true };
}

/** Keeps the map as it stands now for the school year, replacing what was kept for it before. */
export async function keepSnapshot(manager: MapManager, schoolYear: number): Promise<{ ok: true; count: number } | ShareFailure> {
  return db().transaction(async (tx) => {
    if (!(await started(tx, manager))) return { ok: false, reason: 'not-started' } as const;
    const rows = await tx.select({ partnerId: mapPartners.id, name: mapPartners.name, categories: mapPartners.categories, closeness: mapLinks.closeness })
      .from(mapLinks).innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId)).where(eq(mapLinks.schoolId, manager.id));
    const links: SnapshotLink[] = rows.map((r) => ({ partnerId: r.partnerId, name: r.name, category: (r.categories[0] ?? 'informeel') as PartnerCategory, closeness: r.closeness }));
    await tx.insert(mapSnapshots).values({ schoolId: manager.id, schoolYear, links })
      .onConflictDoUpdate({ target: [mapSnapshots.schoolId, mapSnapshots.schoolYear], set: { links, createdAt: new Date() } });
    return { ok: true, count: links.length } as const;
  });
}
