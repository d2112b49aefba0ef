import { and, eq, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import { readEnv } from '$lib/server/env';
import { recordJob } from '$lib/server/jobs/queue';
import { bulkMailJob } from '../mail/jobs.server';
import { mapKeepers, mapLinks, mapPartners } from '../network-map/tables.server';
import { people } from '../people/tables.server';
import { schools, schoolStaff } from '../schools/tables.server';
import { keeperLeftMail } from './emails/keeper-mails';
import type { PartnerFactsInput, WegwijzerRowInput } from './schema';
import { wegwijzerRows } from './tables.server';
import type { KeeperHandover, PartnerCorrection, WegwijzerEditor } from './types';

type RowFailure = { ok: false; reason: 'person-not-staff' | 'link-not-on-map' | 'row-not-found' };

export const wegwijzerRowFailures = {
  'person-not-staff': { status: 400, field: 'personId', key: 'wegwijzerPersonInvalid' },
  'link-not-on-map': { status: 400, field: 'linkId', key: 'wegwijzerLinkInvalid' },
  'row-not-found': { status: 404, key: 'wegwijzerRowNotFound' }
} satisfies FailureMap<RowFailure>;

/** The named person is on the school's team and the partner on the school's own map. */
async function checkRow(tx: Tx, schoolId: string, input: WegwijzerRowInput): Promise<RowFailure | null> {
  if (input.personId && (await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.personId, input.personId)))) === 0) {
    return { ok: false, reason: 'person-not-staff' };
  }
  if (input.linkId && (await tx.$count(mapLinks, and(eq(mapLinks.schoolId, schoolId), eq(mapLinks.id, input.linkId)))) === 0) {
    return { ok: false, reason: 'link-not-on-map' };
  }
  return null;
}

export async function addWegwijzerRow(editor: WegwijzerEditor, input: WegwijzerRowInput): Promise<{ ok: true; id: string } | RowFailure> {
  return db().transaction(async (tx) => {
    const refused = await checkRow(tx, editor.id, input);
    if (refused) return refused;
    const [row] = await tx.insert(wegwijzerRows).values({ ...input, schoolId: editor.id }).returning({ id: wegwijzerRows.id });
    return { ok: true, id: row!.id } as const;
  });
}

/** Another school's row id changes nothing: the school is in the condition. */
export async function updateWegwijzerRow(editor: WegwijzerEditor, rowId: string, input: WegwijzerRowInput): Promise<{ ok: true } | RowFailure> {
  return db().transaction(async (tx) => {
    const refused = await checkRow(tx, editor.id, input);
    if (refused) return refused;
    const rows = await tx.update(wegwijzerRows).set(input).where(and(eq(wegwijzerRows.id, rowId), eq(wegwijzerRows.schoolId, editor.id))).returning({ id: wegwijzerRows.id });
    return rows.length > 0 ? ({ ok: true } as const) : ({ ok: false, reason: 'row-not-found' } as const);
  });
}

export async function removeWegwijzerRow(editor: WegwijzerEditor, rowId: string): Promise<{ ok: true } | RowFailure> {
  const rows = await db().delete(wegwijzerRows).where(and(eq(wegwijzerRows.id, rowId), eq(wegwijzerRows.schoolId, editor.id))).returning({ id: wegwijzerRows.id });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'row-not-found' };
}

// ---------------------------------------------------------------- keeper handover (item 5)

/**
 * A person left the school's team (schools' removeStaffMember, in its transaction): if they kept
 * the school's map, every coordinator is asked to hand over, by a mail recorded in the same
 * transaction (ADR 022). Their keeper row stays as the open duty until a coordinator names a
 * successor or ends it; it gives no rights any more, as a keeper must be on the team (ADR 036).
 */
export async function recordKeeperLeaving(tx: Tx, schoolId: string, personId: string): Promise<void> {
  const [keeper] = await tx.select({ name: people.name }).from(mapKeepers).innerJoin(people, eq(people.id, mapKeepers.personId))
    .where(and(eq(mapKeepers.schoolId, schoolId), eq(mapKeepers.personId, personId)));
  if (!keeper) return;
  const [school] = await tx.select({ name: schools.name, key: schools.institutionNumber }).from(schools).where(eq(schools.id, schoolId));
  const coordinators = await tx.select({ email: people.email, name: people.name, locale: people.locale }).from(schoolStaff)
    .innerJoin(people, eq(people.id, schoolStaff.personId))
    .where(and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.access, 'coordinator'), sql`${people.deactivatedAt} is null`));
  const url = `${readEnv().ORIGIN}/school/${school!.key}/netwerkkaart/overdracht`;
  for (const coordinator of coordinators) {
    await recordJob(tx, bulkMailJob, keeperLeftMail(coordinator, { keeperName: keeper.name, schoolName: school!.name }, url));
  }
}

type HandoverFailure = { ok: false; reason: 'not-orphaned' | 'not-staff' };

export const handoverFailures = {
  'not-orphaned': { status: 404, field: 'leftPersonId', key: 'handoverNotOrphaned' },
  'not-staff': { status: 400, field: 'personId', key: 'mapKeeperNotStaff' }
} satisfies FailureMap<HandoverFailure>;

/** Locks the open duty: a keeper row of someone no longer on the team. */
async function openDuty(tx: Tx, schoolId: string, leftPersonId: string): Promise<boolean> {
  const [duty] = await tx.select({ personId: mapKeepers.personId }).from(mapKeepers)
    .where(and(eq(mapKeepers.schoolId, schoolId), eq(mapKeepers.personId, leftPersonId))).for('update');
  if (!duty) return false;
  return (await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, schoolId), eq(schoolStaff.personId, leftPersonId)))) === 0;
}

/** The successor keeps the map from now on; the duty of the one who left is closed. Both or neither. */
export async function handOverKeeper(handover: KeeperHandover, leftPersonId: string, personId: string): Promise<{ ok: true } | HandoverFailure> {
  return db().transaction(async (tx) => {
    if (!(await openDuty(tx, handover.id, leftPersonId))) return { ok: false, reason: 'not-orphaned' } as const;
    const staff = await tx.$count(schoolStaff, and(eq(schoolStaff.schoolId, handover.id), eq(schoolStaff.personId, personId), eq(schoolStaff.access, 'staff')));
    if (staff === 0) return { ok: false, reason: 'not-staff' } as const;
    await tx.insert(mapKeepers).values({ schoolId: handover.id, personId }).onConflictDoNothing();
    await tx.delete(mapKeepers).where(and(eq(mapKeepers.schoolId, handover.id), eq(mapKeepers.personId, leftPersonId)));
    return { ok: true } as const;
  });
}

/** No successor needed (the coordinators keep the map themselves): the duty is closed. */
export async function endKeeperDuty(handover: KeeperHandover, leftPersonId: string): Promise<{ ok: true } | HandoverFailure> {
  return db().transaction(async (tx) => {
    if (!(await openDuty(tx, handover.id, leftPersonId))) return { ok: false, reason: 'not-orphaned' } as const;
    await tx.delete(mapKeepers).where(and(eq(mapKeepers.schoolId, handover.id), eq(mapKeepers.personId, leftPersonId)));
    return { ok: true } as const;
  });
}

// ---------------------------------------------------------------- directory facts (ADR 046)

type CorrectionFailure = { ok: false; reason: 'clash' | 'shared' | 'not-found' };

export const correctPartnerFailures = {
  clash: { status: 409, field: 'name', key: 'partnerFactsClash' },
  shared: { status: 409, key: 'partnerFactsShared' },
  'not-found': { status: 404, key: 'mapPartnerNotFound' }
} satisfies FailureMap<CorrectionFailure>;

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

/**
 * Corrects a partner's shared facts. Name and municipality stay unique together (ADR 036): a
 * correction onto another partner's name there is refused and writes nothing. From a school, the
 * partner must still be on no other school's map when the correction is written.
 */
export async function correctPartner(correction: PartnerCorrection, facts: PartnerFactsInput): Promise<{ ok: true } | CorrectionFailure> {
  try {
    return await db().transaction(async (tx) => {
      const [partner] = await tx.select({ id: mapPartners.id }).from(mapPartners).where(eq(mapPartners.id, correction.id)).for('update');
      if (!partner) return { ok: false, reason: 'not-found' } as const;
      if (correction.schoolId) {
        const others = await tx.$count(mapLinks, and(eq(mapLinks.partnerId, correction.id), ne(mapLinks.schoolId, correction.schoolId)));
        const own = await tx.$count(mapLinks, and(eq(mapLinks.partnerId, correction.id), eq(mapLinks.schoolId, correction.schoolId)));
        if (others > 0 || own === 0) return { ok: false, reason: 'shared' } as const;
      }
      const clash = await tx.$count(mapPartners, and(ne(mapPartners.id, correction.id),
        sql`lower(${mapPartners.name}) = lower(${facts.name})`, sql`lower(${mapPartners.municipality}) = lower(${facts.municipality})`));
      if (clash > 0) return { ok: false, reason: 'clash' } as const;
      await tx.update(mapPartners).set(facts).where(eq(mapPartners.id, correction.id));
      return { ok: true } as const;
    });
  } catch (error) {
    // Another partner took the name in the meantime: the unique index refuses, nothing is written.
    if (isUniqueViolation(error)) return { ok: false, reason: 'clash' };
    throw error;
  }
}
