// Reads of provincial networks (ADR 052): sub-networks under an umbrella, contact people,
// moderators, and the sessions of a study day with the network and example that present them.
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '$lib/server/db/client';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { activityProgrammeItems } from '../activities/tables.server';
import { practiceExamples } from '../library/tables.server';
import { networks } from '../networks/tables.server';
import type { ManagedNetwork, VisibleNetwork } from '../networks/types';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { networkContacts, networkModerators, sessionPresentations } from './tables.server';
import type { ManagedStudyDay, NetworkContact } from './types';

/** The contact people of some networks, in their order, by network id. */
export async function listContacts(networkIds: string[]): Promise<Map<string, NetworkContact[]>> {
  const byNetwork = new Map<string, NetworkContact[]>(networkIds.map((id) => [id, []]));
  if (networkIds.length === 0) return byNetwork;
  const rows = await db().select({
    id: networkContacts.id, networkId: networkContacts.networkId, name: networkContacts.name, role: networkContacts.role, email: networkContacts.email
  }).from(networkContacts).where(inArray(networkContacts.networkId, networkIds)).orderBy(asc(networkContacts.position));
  for (const { networkId, ...contact } of rows) byNetwork.get(networkId)?.push(contact);
  return byNetwork;
}

/** The public sub-networks of a network (its umbrella page), with their contact people. */
export async function listSubNetworks(parent: VisibleNetwork) {
  const rows = await db().select({ id: networks.id, slug: networks.slug, name: networks.name, province: networks.province, organisationSlug: organisations.slug })
    .from(networks).innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .where(and(eq(networks.parentId, parent.id), eq(networks.isPublic, true))).orderBy(asc(networks.name));
  const contacts = await listContacts(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, contacts: contacts.get(r.id) ?? [] }));
}

/** The public umbrella a network belongs to, if any. */
export async function findUmbrella(network: VisibleNetwork) {
  const parent = alias(networks, 'parent');
  const [row] = await db().select({ slug: parent.slug, name: parent.name })
    .from(networks).innerJoin(parent, eq(parent.id, networks.parentId))
    .where(and(eq(networks.id, network.id), eq(parent.isPublic, true)));
  return row ?? null;
}

/** The structure page: the network's umbrella and the networks it may be put under (one level deep). */
export async function listUmbrellaChoices(organisationId: AuthorizedOrgId, network: VisibleNetwork | ManagedNetwork) {
  const [self] = await db().select({ parentId: networks.parentId, children: db().$count(networks, eq(networks.parentId, network.id)) })
    .from(networks).where(eq(networks.id, network.id));
  const candidates = await db().select({ id: networks.id, name: networks.name }).from(networks)
    .where(and(eq(networks.organisationId, organisationId), ne(networks.id, network.id), isNull(networks.parentId)))
    .orderBy(asc(networks.name));
  return { parentId: self?.parentId ?? null, childCount: Number(self?.children ?? 0), candidates };
}

/** The network's moderators, by name. */
export async function listModerators(network: VisibleNetwork | ManagedNetwork) {
  return db().select({ personId: people.id, name: people.name, email: people.email })
    .from(networkModerators).innerJoin(people, eq(people.id, networkModerators.personId))
    .where(eq(networkModerators.networkId, network.id)).orderBy(asc(people.name));
}

/** The sessions of a study day, with the network and example each is given to. */
export async function listStudyDaySessions(studyDay: ManagedStudyDay) {
  return db().select({
    id: activityProgrammeItems.id, title: activityProgrammeItems.title, kind: activityProgrammeItems.kind,
    startsAt: activityProgrammeItems.startsAt, presenter: activityProgrammeItems.presenter,
    networkId: sessionPresentations.networkId, exampleId: sessionPresentations.exampleId
  }).from(activityProgrammeItems)
    .leftJoin(sessionPresentations, eq(sessionPresentations.programmeItemId, activityProgrammeItems.id))
    .where(eq(activityProgrammeItems.activityId, studyDay.id)).orderBy(asc(activityProgrammeItems.position));
}

/** What a session may be given to: the organisation's networks and its examples that belong to one. */
export async function listPresentationChoices(organisationId: AuthorizedOrgId) {
  const [networkRows, exampleRows] = await Promise.all([
    db().select({ id: networks.id, name: networks.name }).from(networks).where(eq(networks.organisationId, organisationId)).orderBy(asc(networks.name)),
    db().select({ id: practiceExamples.id, title: practiceExamples.title, networkId: practiceExamples.networkId, status: practiceExamples.status })
      .from(practiceExamples)
      .where(and(eq(practiceExamples.organisationId, organisationId), sql`${practiceExamples.networkId} is not null`))
      .orderBy(asc(practiceExamples.title))
  ]);
  return { networks: networkRows, examples: exampleRows };
}

/**
 * The public side of a study day's sessions: which network presents each, and its example when it
 * is published (an unpublished one is not named). Read after the activity's own guard.
 */
export async function listPresentations(activityId: string) {
  return db().select({
    programmeItemId: sessionPresentations.programmeItemId,
    itemTitle: activityProgrammeItems.title,
    networkName: networks.name, networkSlug: networks.slug, organisationSlug: organisations.slug, networkIsPublic: networks.isPublic,
    exampleTitle: sql<string | null>`case when ${practiceExamples.status} = 'published' then ${practiceExamples.title} end`,
    exampleSlug: sql<string | null>`case when ${practiceExamples.status} = 'published' then ${practiceExamples.slug} end`,
    exampleSummary: sql<string | null>`case when ${practiceExamples.status} = 'published' then ${practiceExamples.summary} end`
  }).from(sessionPresentations)
    .innerJoin(activityProgrammeItems, eq(activityProgrammeItems.id, sessionPresentations.programmeItemId))
    .innerJoin(networks, eq(networks.id, sessionPresentations.networkId))
    .innerJoin(organisations, eq(organisations.id, networks.organisationId))
    .leftJoin(practiceExamples, eq(practiceExamples.id, sessionPresentations.exampleId))
    .where(eq(activityProgrammeItems.activityId, activityId))
    .orderBy(asc(activityProgrammeItems.position));
}
