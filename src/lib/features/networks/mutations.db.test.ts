import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, buildSchool } from '../../../../tests/factories';
import { findOrganisationBySlug } from '../organisations/data.server';
import { createOrganisation } from '../organisations/mutations.server';
import { createSchool } from '../schools/mutations.server';
import { findNetworkBySlugs, listNetworkMembers, listNetworkSchoolYears, listOrganisationNetworks, listPublicNetworks } from './data.server';
import { findPublicNetwork } from './api.server';
import { addNetworkMembership, createNetwork, removeNetworkMembership, updateNetwork } from './mutations.server';
import type { ManagedNetwork } from './types';

// What requireNetwork hands a route after the policy said yes (ADR 020).
const managed = (id: string) => grant('managed-network', id) as ManagedNetwork;

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

async function organisation() {
  const input = buildOrganisation();
  await createOrganisation(input);
  const org = await findOrganisationBySlug(input.slug);
  return brandOrganisation(org!.id);
}

const details = { description: 'Scholen die samen leren.', contactName: null, contactEmail: null };

describe('networks and their members per school year', () => {
  it('records members per school year and lists them by name', async () => {
    const orgId = await organisation();
    expect(await createNetwork(orgId, { ...details, slug: 'mantelzorg', name: 'Scholennetwerk', isPublic: true })).toEqual({ ok: true, slug: 'mantelzorg', id: expect.any(String) });
    const network = (await listOrganisationNetworks(orgId))[0]!;
    const b = buildSchool({ name: 'B-school' });
    const a = buildSchool({ name: 'A-school' });
    await createSchool(a);
    await createSchool(b);
    expect(await addNetworkMembership(orgId, managed(network.id), { schoolYear: 2022, institutionNumber: b.institutionNumber })).toEqual({ ok: true });
    expect(await addNetworkMembership(orgId, managed(network.id), { schoolYear: 2022, institutionNumber: a.institutionNumber })).toEqual({ ok: true });
    expect(await addNetworkMembership(orgId, managed(network.id), { schoolYear: 2017, institutionNumber: a.institutionNumber })).toEqual({ ok: true });
    expect(await addNetworkMembership(orgId, managed(network.id), { schoolYear: 2022, institutionNumber: a.institutionNumber })).toEqual({ ok: false, reason: 'already-member' });
    expect(await addNetworkMembership(orgId, managed(network.id), { schoolYear: 2022, institutionNumber: '999999' })).toEqual({ ok: false, reason: 'school-not-found' });

    expect(await listNetworkSchoolYears(network.id)).toEqual([2017, 2022]);
    expect((await listNetworkMembers(network.id, 2022)).map((s) => s.name)).toEqual(['A-school', 'B-school']);
    expect((await listNetworkMembers(network.id, 2017)).map((s) => s.name)).toEqual(['A-school']);

    const schoolA = (await listNetworkMembers(network.id, 2017))[0]!;
    await removeNetworkMembership(orgId, managed(network.id), { schoolId: schoolA.id, schoolYear: 2017 });
    expect(await listNetworkSchoolYears(network.id)).toEqual([2022]);
  });

  it('refuses a second network with the same short name in one organisation', async () => {
    const orgId = await organisation();
    await createNetwork(orgId, { ...details, slug: 'uniek', name: 'Een', isPublic: true });
    expect(await createNetwork(orgId, { ...details, slug: 'uniek', name: 'Twee', isPublic: true })).toEqual({ ok: false, reason: 'slug-taken' });
    const otherOrg = await organisation();
    expect(await createNetwork(otherOrg, { ...details, slug: 'uniek', name: 'Drie', isPublic: true })).toMatchObject({ ok: true });
  });

  it('keeps non-public networks out of the public list', async () => {
    const orgId = await organisation();
    await createNetwork(orgId, { ...details, slug: 'intern', name: 'Intern kernteam', isPublic: false });
    expect((await listPublicNetworks()).map((n) => n.name)).not.toContain('Intern kernteam');
    expect((await listOrganisationNetworks(orgId)).map((n) => n.name)).toContain('Intern kernteam');
    const hidden = (await listOrganisationNetworks(orgId)).find((n) => n.slug === 'intern')!;
    expect(await findPublicNetwork(hidden.id)).toBeNull();
    expect(await findPublicNetwork('geen-uuid')).toBeNull();
  });

  it('ignores changes to another organisation\'s network, even with its id', async () => {
    const owner = await organisation();
    const intruder = await organisation();
    await createNetwork(owner, { ...details, slug: 'doelwit', name: 'Doelwit', isPublic: true });
    const target = (await listOrganisationNetworks(owner))[0]!;
    const school = buildSchool();
    await createSchool(school);

    await updateNetwork(intruder, managed(target.id), { ...details, name: 'Gekaapt', isPublic: false });
    expect(await addNetworkMembership(intruder, managed(target.id), { schoolYear: 2023, institutionNumber: school.institutionNumber })).toEqual({ ok: false, reason: 'not-found' });
    const after = await findNetworkBySlugs(target.organisationSlug, 'doelwit');
    expect(after).toMatchObject({ name: 'Doelwit', isPublic: true });
    expect(await listNetworkSchoolYears(target.id)).toEqual([]);
  });
});
