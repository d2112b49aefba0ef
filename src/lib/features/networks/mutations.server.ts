import { and, eq } from 'drizzle-orm';
import { db, type Db, type Tx } from '$lib/server/db/client';
import { networkMemberships, networks } from './tables.server';
import { schools } from '../schools/tables.server';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import type { NetworkDetails } from './schema';
import type { ManagedNetwork } from './types';

export async function createNetwork(
  organisationId: AuthorizedOrgId,
  input: NetworkDetails & { slug: string },
  /** A caller's transaction, when the network is part of a larger all-or-nothing change (ADR 050). */
  tx: Tx | Db = db()
): Promise<{ ok: true; slug: string; id: string } | { ok: false; reason: 'slug-taken' }> {
  const [row] = await tx.insert(networks).values({ ...input, organisationId }).onConflictDoNothing().returning({ slug: networks.slug, id: networks.id });
  return row ? { ok: true, slug: row.slug, id: row.id } : { ok: false, reason: 'slug-taken' };
}

export const createNetworkFailures = {
  'slug-taken': { status: 409, field: 'slug', key: 'slugTaken' }
} satisfies FailureMap<Awaited<ReturnType<typeof createNetwork>>>;

/** Scoped by the organisation as well as the id, so a forged network id of another tenant is a no-op. */
export async function updateNetwork(organisationId: AuthorizedOrgId, network: ManagedNetwork, details: NetworkDetails): Promise<void> {
  await db().update(networks).set(details).where(and(eq(networks.id, network.id), eq(networks.organisationId, organisationId)));
}

/** Whether the network belongs to this organisation: every write on a network asks this first. */
export async function ownsNetwork(organisationId: AuthorizedOrgId, networkId: string): Promise<boolean> {
  const [row] = await db().select({ id: networks.id }).from(networks)
    .where(and(eq(networks.id, networkId), eq(networks.organisationId, organisationId)));
  return !!row;
}

export type AddMembershipResult = { ok: true } | { ok: false; reason: 'school-not-found' | 'already-member' | 'not-found' };

export const addMembershipFailures = {
  'already-member': { status: 409, field: 'institutionNumber', key: 'membershipExists' },
  'school-not-found': { status: 404, field: 'institutionNumber', key: 'schoolNotFound' },
  'not-found': { status: 404, field: 'institutionNumber', key: 'schoolNotFound' }
} satisfies FailureMap<AddMembershipResult>;

export async function addNetworkMembership(
  organisationId: AuthorizedOrgId,
  network: ManagedNetwork,
  input: { schoolYear: number; institutionNumber: string }
): Promise<AddMembershipResult> {
  const networkId = network.id;
  if (!(await ownsNetwork(organisationId, networkId))) return { ok: false, reason: 'not-found' };
  const [school] = await db().select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, input.institutionNumber));
  if (!school) return { ok: false, reason: 'school-not-found' };
  const [row] = await db()
    .insert(networkMemberships)
    .values({ networkId, schoolId: school.id, schoolYear: input.schoolYear })
    .onConflictDoNothing()
    .returning({ schoolId: networkMemberships.schoolId });
  return row ? { ok: true } : { ok: false, reason: 'already-member' };
}

export async function removeNetworkMembership(
  organisationId: AuthorizedOrgId,
  network: ManagedNetwork,
  input: { schoolId: string; schoolYear: number }
): Promise<void> {
  const networkId = network.id;
  if (!(await ownsNetwork(organisationId, networkId))) return;
  await db().delete(networkMemberships).where(and(
    eq(networkMemberships.networkId, networkId),
    eq(networkMemberships.schoolId, input.schoolId),
    eq(networkMemberships.schoolYear, input.schoolYear)
  ));
}
