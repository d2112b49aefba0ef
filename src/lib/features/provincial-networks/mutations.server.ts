// Writes of provincial networks (ADR 052). Every write is scoped by the organisation in SQL as well
// as by its handle, so a handle of another tenant's network changes nothing.
import { and, eq, isNull, max, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { activityProgrammeItems } from '../activities/tables.server';
import { practiceExamples } from '../library/tables.server';
import { networks } from '../networks/tables.server';
import type { ManagedNetwork } from '../networks/types';
import { people } from '../people/tables.server';
import { networkContacts, networkModerators, sessionPresentations } from './tables.server';
import type { ContactInput, PresentationInput } from './schema';
import type { ManagedStudyDay } from './types';

/** At most this many contact people per network. */
export const contactsPerNetwork = 10;

async function ownNetwork(tx: Tx, organisationId: AuthorizedOrgId, networkId: string) {
  const [row] = await tx.select({ id: networks.id, parentId: networks.parentId }).from(networks)
    .where(and(eq(networks.id, networkId), eq(networks.organisationId, organisationId)));
  return row ?? null;
}

export type SetUmbrellaResult = { ok: true } | { ok: false; reason: 'parent-invalid' | 'has-children' | 'not-found' };
export const setUmbrellaFailures = {
  'parent-invalid': { status: 400, field: 'parentId', key: 'provincialParentInvalid' },
  'has-children': { status: 409, field: 'parentId', key: 'provincialParentHasChildren' },
  'not-found': { status: 404, key: 'provincialNetworkGone' }
} satisfies FailureMap<SetUmbrellaResult>;

/**
 * Puts a network under an umbrella of the same organisation, or takes it out (null). One level
 * deep: the umbrella has no umbrella itself, and a network with sub-networks goes under none.
 */
export async function setUmbrella(organisationId: AuthorizedOrgId, network: ManagedNetwork, parentId: string | null): Promise<SetUmbrellaResult> {
  return db().transaction(async (tx) => {
    // Locks the network row, so two facilitators nesting two networks under each other cannot both pass.
    await tx.execute(sql`select 1 from ${networks} where ${networks.organisationId} = ${organisationId} for update`);
    const self = await ownNetwork(tx, organisationId, network.id);
    if (!self) return { ok: false, reason: 'not-found' };
    if (parentId !== null) {
      const parent = await ownNetwork(tx, organisationId, parentId);
      if (!parent || parent.id === network.id || parent.parentId !== null) return { ok: false, reason: 'parent-invalid' };
      if ((await tx.$count(networks, eq(networks.parentId, network.id))) > 0) return { ok: false, reason: 'has-children' };
    }
    await tx.update(networks).set({ parentId }).where(and(eq(networks.id, network.id), eq(networks.organisationId, organisationId)));
    return { ok: true };
  });
}

export type AddContactResult = { ok: true } | { ok: false; reason: 'too-many' | 'not-found' };
export const addContactFailures = {
  'too-many': { status: 409, field: 'name', key: 'provincialTooManyContacts' },
  'not-found': { status: 404, key: 'provincialNetworkGone' }
} satisfies FailureMap<AddContactResult>;

export async function addContact(organisationId: AuthorizedOrgId, network: ManagedNetwork, input: ContactInput): Promise<AddContactResult> {
  return db().transaction(async (tx) => {
    const [self] = await tx.select({ id: networks.id }).from(networks)
      .where(and(eq(networks.id, network.id), eq(networks.organisationId, organisationId))).for('update');
    if (!self) return { ok: false, reason: 'not-found' };
    if ((await tx.$count(networkContacts, eq(networkContacts.networkId, network.id))) >= contactsPerNetwork) return { ok: false, reason: 'too-many' };
    const [last] = await tx.select({ position: max(networkContacts.position) }).from(networkContacts).where(eq(networkContacts.networkId, network.id));
    await tx.insert(networkContacts).values({ networkId: network.id, position: (last?.position ?? 0) + 1, ...input });
    return { ok: true };
  });
}

export type RemoveContactResult = { ok: true } | { ok: false; reason: 'not-found' };
export const removeContactFailures = { 'not-found': { status: 404, field: 'contact', key: 'provincialContactGone' } } satisfies FailureMap<RemoveContactResult>;

export async function removeContact(organisationId: AuthorizedOrgId, network: ManagedNetwork, contactId: string): Promise<RemoveContactResult> {
  const rows = await db().delete(networkContacts).where(and(
    eq(networkContacts.id, contactId), eq(networkContacts.networkId, network.id),
    sql`exists (select 1 from ${networks} where ${networks.id} = ${network.id} and ${networks.organisationId} = ${organisationId})`
  )).returning({ id: networkContacts.id });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export type GrantModeratorResult = { ok: true } | { ok: false; reason: 'person-unknown' | 'already-moderator' | 'not-found' };
export const grantModeratorFailures = {
  'person-unknown': { status: 404, field: 'email', key: 'provincialPersonUnknown' },
  'already-moderator': { status: 409, field: 'email', key: 'provincialAlreadyModerator' },
  'not-found': { status: 404, key: 'provincialNetworkGone' }
} satisfies FailureMap<GrantModeratorResult>;

/** Makes a person with an account a moderator of this network (a facilitator role scoped to it). */
export async function grantModerator(organisationId: AuthorizedOrgId, network: ManagedNetwork, grantedBy: string, email: string): Promise<GrantModeratorResult> {
  return db().transaction(async (tx) => {
    if (!(await ownNetwork(tx, organisationId, network.id))) return { ok: false, reason: 'not-found' };
    const [person] = await tx.select({ id: people.id }).from(people)
      .where(and(sql`lower(${people.email}) = lower(${email})`, isNull(people.deactivatedAt)));
    if (!person) return { ok: false, reason: 'person-unknown' };
    const rows = await tx.insert(networkModerators).values({ networkId: network.id, personId: person.id, grantedBy })
      .onConflictDoNothing().returning({ personId: networkModerators.personId });
    return rows.length > 0 ? { ok: true } : { ok: false, reason: 'already-moderator' };
  });
}

export type RevokeModeratorResult = { ok: true } | { ok: false; reason: 'not-found' };
export const revokeModeratorFailures = { 'not-found': { status: 404, field: 'person', key: 'provincialModeratorGone' } } satisfies FailureMap<RevokeModeratorResult>;

export async function revokeModerator(organisationId: AuthorizedOrgId, network: ManagedNetwork, personId: string): Promise<RevokeModeratorResult> {
  const rows = await db().delete(networkModerators).where(and(
    eq(networkModerators.networkId, network.id), eq(networkModerators.personId, personId),
    sql`exists (select 1 from ${networks} where ${networks.id} = ${network.id} and ${networks.organisationId} = ${organisationId})`
  )).returning({ personId: networkModerators.personId });
  return rows.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export type AssignPresentationResult = { ok: true } | { ok: false; reason: 'session-unknown' | 'network-unknown' | 'example-unknown' };
export const assignPresentationFailures = {
  'session-unknown': { status: 404, field: 'item', key: 'provincialSessionGone' },
  'network-unknown': { status: 400, field: 'networkId', key: 'provincialNetworkInvalid' },
  'example-unknown': { status: 400, field: 'exampleId', key: 'provincialExampleInvalid' }
} satisfies FailureMap<AssignPresentationResult>;

/**
 * Gives a study day's session to a network of the organisation, with one of that network's
 * examples (or none yet); no network takes the session back.
 */
export async function assignPresentation(organisationId: AuthorizedOrgId, studyDay: ManagedStudyDay, input: PresentationInput): Promise<AssignPresentationResult> {
  return db().transaction(async (tx) => {
    const [item] = await tx.select({ id: activityProgrammeItems.id }).from(activityProgrammeItems)
      .where(and(eq(activityProgrammeItems.id, input.item), eq(activityProgrammeItems.activityId, studyDay.id)));
    if (!item) return { ok: false, reason: 'session-unknown' };
    if (input.networkId === null) {
      if (input.exampleId !== null) return { ok: false, reason: 'network-unknown' };
      await tx.delete(sessionPresentations).where(eq(sessionPresentations.programmeItemId, item.id));
      return { ok: true };
    }
    if (!(await ownNetwork(tx, organisationId, input.networkId))) return { ok: false, reason: 'network-unknown' };
    if (input.exampleId !== null) {
      const [example] = await tx.select({ id: practiceExamples.id }).from(practiceExamples).where(and(
        eq(practiceExamples.id, input.exampleId), eq(practiceExamples.organisationId, organisationId), eq(practiceExamples.networkId, input.networkId)));
      if (!example) return { ok: false, reason: 'example-unknown' };
    }
    const values = { programmeItemId: item.id, networkId: input.networkId, exampleId: input.exampleId };
    await tx.insert(sessionPresentations).values(values)
      .onConflictDoUpdate({ target: sessionPresentations.programmeItemId, set: { networkId: values.networkId, exampleId: values.exampleId } });
    return { ok: true };
  });
}
