import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { hashSecret, newSecret } from '$lib/server/auth/tokens';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertActivity, insertOrganisation, insertPerson } from '../../../../tests/factories';
import { activityProgrammeItems } from '../activities/tables.server';
import { requireLibraryWorkspace, requireManagedExample } from '../library/access.server';
import { findExample, listOrganisationExamples } from '../library/data.server';
import { createExample, setExampleStatus, updateExample } from '../library/mutations.server';
import { exampleSchema } from '../library/schema';
import { practiceExamples } from '../library/tables.server';
import { networks } from '../networks/tables.server';
import type { ManagedNetwork } from '../networks/types';
import { organisationRoles } from '../organisations/tables.server';
import { requireOrganisation } from '../organisations/access.server';
import { findActorBySession } from '../people/data.server';
import { sessions } from '../people/tables.server';
import { requireNetworkStructureChange } from './access.server';
import { listPresentations, listSubNetworks } from './data.server';
import { assignPresentation, grantModerator, revokeModerator, setUmbrella } from './mutations.server';
import type { ManagedStudyDay } from './types';

// ADR 052: a moderator of one network edits that network's practice examples and nothing else.
let database: TestDatabase;
let org: { id: string; slug: string };
const orgId = () => brandOrganisation(org.id);
const managedNetwork = (id: string) => grant('managed-network', id) as ManagedNetwork;
const net: Record<'umbrella' | 'oost' | 'antwerpen', string> = { umbrella: '', oost: '', antwerpen: '' };
const example: Record<'oost' | 'antwerpen', string> = { oost: '', antwerpen: '' };
let facilitator: { id: string; email: string };
let moderator: { id: string; email: string };
let moderatorSecret: string;

const fields = (title: string, networkId: string) => exampleSchema.parse({ title, summary: 'Een korte samenvatting van de aanpak.', networkId });

/** A request as the guards see it, for the person behind a session (the real actor loader). */
async function eventOf(secret: string) {
  return { locals: { actor: await findActorBySession(secret), locale: 'nl' as const, sessionSecret: secret }, url: new URL('http://localhost/werkruimte') };
}

async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try { await run(); return 200; } catch (e) { if (isHttpError(e)) return e.status; throw e; }
}

async function sessionFor(personId: string) {
  const secret = newSecret();
  await db().insert(sessions).values({ idHash: hashSecret(secret), personId, expiresAt: new Date(Date.now() + 3_600_000) });
  return secret;
}

beforeAll(async () => {
  database = await openTestDatabase();
  org = await insertOrganisation();
  for (const key of Object.keys(net) as (keyof typeof net)[]) {
    const [row] = await db().insert(networks).values({ organisationId: org.id, slug: `netwerk-${key}`, name: `Netwerk ${key}`, province: key === 'oost' ? 'oost-vlaanderen' : key === 'antwerpen' ? 'antwerpen' : null }).returning({ id: networks.id });
    net[key] = row!.id;
  }
  facilitator = await insertPerson();
  await db().insert(organisationRoles).values({ personId: facilitator.id, organisationId: org.id, role: 'facilitator' });
  moderator = await insertPerson();
  for (const key of ['oost', 'antwerpen'] as const) {
    const created = await createExample(orgId(), facilitator.id, fields(`Voorbeeld ${key}`, net[key]), 'published');
    if (!created.ok) throw new Error(created.reason);
    example[key] = (await findExample(org.slug, created.slug))!.id;
  }
  expect(await grantModerator(orgId(), managedNetwork(net.oost), facilitator.id, moderator.email.toUpperCase())).toEqual({ ok: true });
  moderatorSecret = await sessionFor(moderator.id);
});
afterAll(async () => { await database.close(); });

describe('a moderator scoped to one network', () => {
  it('is known to the actor loader, once and for her network only', async () => {
    const actor = (await eventOf(moderatorSecret)).locals.actor!;
    expect(actor.moderates).toEqual([{ networkId: net.oost, organisationId: org.id, organisationSlug: org.slug, networkName: 'Netwerk oost' }]);
    expect(actor.organisations).toEqual([]);
    expect(await grantModerator(orgId(), managedNetwork(net.oost), facilitator.id, moderator.email)).toEqual({ ok: false, reason: 'already-moderator' });
    expect(await grantModerator(orgId(), managedNetwork(net.oost), facilitator.id, 'niemand@example.org')).toEqual({ ok: false, reason: 'person-unknown' });
  });

  it('edits her own network\'s example', async () => {
    const event = await eventOf(moderatorSecret);
    const slug = (await db().select({ slug: practiceExamples.slug }).from(practiceExamples).where(eq(practiceExamples.id, example.oost)))[0]!.slug;
    const access = await requireManagedExample(event, org.slug, slug, 'write');
    expect(access.networkScope).toEqual([net.oost]);
    const saved = await updateExample(access.organisationId, access.ref, moderator.id, fields('Trajectbegeleiding bewerkt', net.oost), access.networkScope);
    expect(saved.ok).toBe(true);
    expect((await findExample(org.slug, slug))!.title).toBe('Trajectbegeleiding bewerkt');
    expect(await statusOf(() => requireManagedExample(event, org.slug, slug, 'publish'))).toBe(200);
  });

  it('cannot move her example into another network', async () => {
    const event = await eventOf(moderatorSecret);
    const slug = (await db().select({ slug: practiceExamples.slug }).from(practiceExamples).where(eq(practiceExamples.id, example.oost)))[0]!.slug;
    const access = await requireManagedExample(event, org.slug, slug, 'write');
    const moved = await updateExample(access.organisationId, access.ref, moderator.id, fields('Verhuisd', net.antwerpen), access.networkScope);
    expect(moved).toEqual({ ok: false, reason: 'network-unknown' });
    const [row] = await db().select({ networkId: practiceExamples.networkId, title: practiceExamples.title }).from(practiceExamples).where(eq(practiceExamples.id, example.oost));
    expect(row).toEqual({ networkId: net.oost, title: 'Trajectbegeleiding bewerkt' });
  });

  it('is refused in another network: its example is not found, to read or to write', async () => {
    const event = await eventOf(moderatorSecret);
    const slug = (await db().select({ slug: practiceExamples.slug }).from(practiceExamples).where(eq(practiceExamples.id, example.antwerpen)))[0]!.slug;
    expect(await statusOf(() => requireManagedExample(event, org.slug, slug, 'view-workspace'))).toBe(404);
    expect(await statusOf(() => requireManagedExample(event, org.slug, slug, 'write'))).toBe(404);
    expect(await statusOf(() => requireManagedExample(event, org.slug, slug, 'publish'))).toBe(404);
    // The facilitator of the organisation still reaches it.
    const facilitatorEvent = await eventOf(await sessionFor(facilitator.id));
    expect(await statusOf(() => requireManagedExample(facilitatorEvent, org.slug, slug, 'write'))).toBe(200);
  });

  it('sees only her network\'s examples in the workspace list and starts no new ones', async () => {
    const event = await eventOf(moderatorSecret);
    const workspace = await requireLibraryWorkspace(event, org.slug, 'view-workspace');
    expect((await listOrganisationExamples(workspace.organisationId, workspace.networkScope)).map((e) => e.id)).toEqual([example.oost]);
    expect(await statusOf(() => requireLibraryWorkspace(event, org.slug, 'write'))).toBe(403);
  });

  it('does nothing else in the organisation: no workspace pages, no moderators, no network changes', async () => {
    const event = await eventOf(moderatorSecret);
    expect(await statusOf(() => requireOrganisation(event, org.slug, 'view-workspace'))).toBe(403);
    expect(await statusOf(() => requireOrganisation(event, org.slug, 'enter-workspace'))).toBe(200);
    expect(await statusOf(() => requireNetworkStructureChange(event, org.slug, 'netwerk-oost', 'manage-moderators'))).toBe(403);
  });

  it('loses it all when revoked', async () => {
    expect(await revokeModerator(orgId(), managedNetwork(net.oost), moderator.id)).toEqual({ ok: true });
    const event = await eventOf(moderatorSecret);
    expect(event.locals.actor!.moderates).toEqual([]);
    const slug = (await db().select({ slug: practiceExamples.slug }).from(practiceExamples).where(eq(practiceExamples.id, example.oost)))[0]!.slug;
    expect(await statusOf(() => requireManagedExample(event, org.slug, slug, 'write'))).toBe(403);
    expect(await grantModerator(orgId(), managedNetwork(net.oost), facilitator.id, moderator.email)).toEqual({ ok: true });
  });
});

describe('an umbrella and a study day', () => {
  it('nests one level deep and lists its public sub-networks', async () => {
    expect(await setUmbrella(orgId(), managedNetwork(net.oost), net.umbrella)).toEqual({ ok: true });
    expect(await setUmbrella(orgId(), managedNetwork(net.antwerpen), net.umbrella)).toEqual({ ok: true });
    expect(await setUmbrella(orgId(), managedNetwork(net.umbrella), net.oost)).toEqual({ ok: false, reason: 'parent-invalid' });
    expect(await setUmbrella(orgId(), managedNetwork(net.umbrella), net.umbrella)).toEqual({ ok: false, reason: 'parent-invalid' });
    const other = await insertOrganisation();
    const [foreign] = await db().insert(networks).values({ organisationId: other.id, slug: 'elders', name: 'Elders' }).returning({ id: networks.id });
    expect(await setUmbrella(orgId(), managedNetwork(net.oost), foreign!.id)).toEqual({ ok: false, reason: 'parent-invalid' });
    const subs = await listSubNetworks(grant('visible-network', net.umbrella));
    expect(subs.map((s) => s.province).sort()).toEqual(['antwerpen', 'oost-vlaanderen']);
  });

  it('gives a session to a network with that network\'s example only, and names only published examples', async () => {
    const activity = await insertActivity(org.id, { kind: 'studiedag' });
    const [item] = await db().insert(activityProgrammeItems).values({ activityId: activity.id, position: 1, kind: 'sessie', title: 'Oost-Vlaanderen' }).returning({ id: activityProgrammeItems.id });
    const studyDay = grant('managed-study-day', activity.id) as ManagedStudyDay;
    expect(await assignPresentation(orgId(), studyDay, { item: item!.id, networkId: net.oost, exampleId: example.antwerpen })).toEqual({ ok: false, reason: 'example-unknown' });
    expect(await listPresentations(activity.id)).toEqual([]);
    expect(await assignPresentation(orgId(), studyDay, { item: item!.id, networkId: net.oost, exampleId: example.oost })).toEqual({ ok: true });
    expect((await listPresentations(activity.id)).map((p) => p.exampleTitle)).toEqual(['Trajectbegeleiding bewerkt']);
    await setExampleStatus(orgId(), grant('managed-example', example.oost), facilitator.id, 'draft');
    expect((await listPresentations(activity.id)).map((p) => [p.networkName, p.exampleTitle])).toEqual([['Netwerk oost', null]]);
    const otherDay = await insertActivity(org.id, { kind: 'studiedag' });
    expect(await assignPresentation(orgId(), grant('managed-study-day', otherDay.id) as ManagedStudyDay, { item: item!.id, networkId: net.oost, exampleId: null }))
      .toEqual({ ok: false, reason: 'session-unknown' });
  });
});
