import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandOrganisation, grant, type AuthorizedOrgId } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import { findOrCreatePerson } from '../people/mutations.server';
import { listNetworkMembers, listNetworkSchoolYears, listOrganisationNetworks } from '../networks/data.server';
import { addNetworkMembership, createNetwork } from '../networks/mutations.server';
import { findOrganisationBySlug } from '../organisations/data.server';
import { createOrganisation } from '../organisations/mutations.server';
import { addSchool, createSchool } from '../schools/mutations.server';
import { newSchoolFormSchema } from '../schools/schema';
import type { SchoolInput } from '../schools/schema';
import { findImport, findLearningNetwork, listCohortChanges, listCohortMembers, listParticipants } from './data.server';
import {
  addCohortMember, addParticipant, applyImport, formLearningNetwork, previewImport, removeCohortMember, saveImportPreview
} from './mutations.server';
import type { ImportRow } from './rules';
import type { ManagedNetwork } from '../networks/types';
import type { ManagedCohort } from './types';

// What the access modules hand a route after the policy said yes (ADR 020).
const managedCohort = (id: string) => grant('managed-cohort', id) as ManagedCohort;
const managedNetwork = (id: string) => grant('managed-network', id) as ManagedNetwork;

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

async function setup(): Promise<{ orgId: AuthorizedOrgId; networkId: string; personId: string }> {
  const input = buildOrganisation();
  await createOrganisation(input);
  const orgId = brandOrganisation((await findOrganisationBySlug(input.slug))!.id);
  await createNetwork(orgId, { slug: 'jonge-mantelzorgers', name: 'Scholennetwerk', description: '', isPublic: true, contactName: null, contactEmail: null });
  const networkId = (await listOrganisationNetworks(orgId))[0]!.id;
  const person = await database.handle.db.transaction((tx) => findOrCreatePerson(tx, uniqueEmail('facilitator'), 'Fien Maes'));
  return { orgId, networkId, personId: person.id };
}

async function schoolsInDirectory(n: number): Promise<SchoolInput[]> {
  const list = Array.from({ length: n }, () => buildSchool());
  for (const s of list) await createSchool(s);
  return list;
}

describe('forming a learning network from last year\'s participants', () => {
  it('takes exactly the previous year\'s participants, once; forming again changes nothing', async () => {
    const { orgId, networkId, personId } = await setup();
    const [a, b, c] = await schoolsInDirectory(3);
    await addParticipant(orgId, networkId, { schoolYear: 2022, institutionNumber: a!.institutionNumber });
    await addParticipant(orgId, networkId, { schoolYear: 2022, institutionNumber: b!.institutionNumber });
    await addParticipant(orgId, networkId, { schoolYear: 2021, institutionNumber: c!.institutionNumber });

    expect(await formLearningNetwork(orgId, networkId, 2023)).toEqual({ ok: true, created: true, members: 2 });
    expect(await formLearningNetwork(orgId, networkId, 2023)).toEqual({ ok: true, created: false, members: 2 });
    const cohort = (await findLearningNetwork(networkId, 2023))!;
    // A plain id (from a form or a URL) is no managed cohort: it does not type-check (ADR 020).
    // @ts-expect-error the cohort must come through requireCohort
    const withPlainId = () => addCohortMember(orgId, cohort.id, { institutionNumber: c!.institutionNumber, reason: 'x' }, personId);
    expect(withPlainId).toBeTypeOf('function');
    expect((await listCohortMembers(managedCohort(cohort.id))).map((s) => s.name).sort()).toEqual([a!.name, b!.name].sort());

    // The public member list of 2023-2024 now comes from the learning network, with hand-made changes.
    await removeCohortMember(orgId, managedCohort(cohort.id), { schoolId: (await listCohortMembers(managedCohort(cohort.id))).find((s) => s.name === a!.name)!.id, reason: 'School stopt met het project' }, personId);
    await addCohortMember(orgId, managedCohort(cohort.id), { institutionNumber: c!.institutionNumber, reason: 'Sluit later aan' }, personId);
    expect((await listNetworkMembers(networkId, 2023)).map((s) => s.name).sort()).toEqual([b!.name, c!.name].sort());
    expect(await listNetworkSchoolYears(networkId)).toContain(2023);
    const changes = await listCohortChanges(managedCohort(cohort.id));
    expect(changes.map((ch) => [ch.change, ch.reason]).sort()).toEqual([['added', 'Sluit later aan'], ['removed', 'School stopt met het project']]);

    // Forming once more still changes nothing: the removed school stays out.
    await formLearningNetwork(orgId, networkId, 2023);
    expect((await listCohortMembers(managedCohort(cohort.id))).map((s) => s.name)).not.toContain(a!.name);
  });

  it('refuses to form an empty learning network and writes nothing', async () => {
    const { orgId, networkId } = await setup();
    expect(await formLearningNetwork(orgId, networkId, 2030)).toEqual({ ok: false, reason: 'no-participants' });
    expect(await findLearningNetwork(networkId, 2030)).toBeNull();
  });

  it('lets the cohort win over hand-recorded memberships for the same year only', async () => {
    const { orgId, networkId } = await setup();
    const [a, b] = await schoolsInDirectory(2);
    await addNetworkMembership(orgId, managedNetwork(networkId), { schoolYear: 2019, institutionNumber: a!.institutionNumber });
    await addNetworkMembership(orgId, managedNetwork(networkId), { schoolYear: 2020, institutionNumber: a!.institutionNumber });
    await addParticipant(orgId, networkId, { schoolYear: 2019, institutionNumber: b!.institutionNumber });
    await formLearningNetwork(orgId, networkId, 2020);
    expect((await listNetworkMembers(networkId, 2019)).map((s) => s.name)).toEqual([a!.name]);
    expect((await listNetworkMembers(networkId, 2020)).map((s) => s.name)).toEqual([b!.name]);
  });

  it('ignores another organisation\'s network', async () => {
    const owner = await setup();
    const intruder = await setup();
    const [a] = await schoolsInDirectory(1);
    await addParticipant(owner.orgId, owner.networkId, { schoolYear: 2022, institutionNumber: a!.institutionNumber });
    expect(await formLearningNetwork(intruder.orgId, owner.networkId, 2023)).toEqual({ ok: false, reason: 'not-found' });
    expect(await addParticipant(intruder.orgId, owner.networkId, { schoolYear: 2022, institutionNumber: a!.institutionNumber })).toEqual({ ok: false, reason: 'not-found' });
    expect(await findLearningNetwork(owner.networkId, 2023)).toBeNull();
  });
});

describe('importing participants', () => {
  function rows(matchedId: string, fresh: SchoolInput): ImportRow[] {
    const values = { institutionNumber: '', name: '', street: '', postalCode: '', municipality: '', province: '', level: '', educationNetwork: '', brin: '', fase: '' };
    return [
      { line: 2, values, outcome: 'matched', schoolId: matchedId, schoolName: 'Bestaande school' },
      { line: 3, values, outcome: 'new', school: fresh },
      { line: 4, values, outcome: 'error', key: 'institutionNumberInvalid' }
    ];
  }

  it('refuses a file with an error row whole, unless only the valid rows are chosen; applies once', async () => {
    const { orgId, networkId, personId } = await setup();
    const [existing] = await schoolsInDirectory(1);
    const existingId = (await database.handle.db.query.schools.findFirst({ where: (s, { eq }) => eq(s.institutionNumber, existing!.institutionNumber) }))!.id;
    const fresh = buildSchool();
    const importId = (await saveImportPreview(orgId, networkId, { schoolYear: 2022, fileName: 'deelnemers.xlsx', rows: rows(existingId, fresh), personId }))!;

    expect(await applyImport(orgId, networkId, importId, false)).toEqual({ ok: false, reason: 'has-errors' });
    expect(await listParticipants(networkId, 2022)).toEqual([]);

    expect(await applyImport(orgId, networkId, importId, true)).toEqual({ ok: true, participants: 2, newSchools: 1 });
    expect((await listParticipants(networkId, 2022)).map((s) => s.name).sort()).toEqual([existing!.name, fresh.name].sort());
    expect(await applyImport(orgId, networkId, importId, true)).toEqual({ ok: false, reason: 'already-applied' });
  });
});

// The file checks moved from the route into previewImport, so any caller refuses such a file.
describe('reading an uploaded participants file', () => {
  const file = (text: string, name = 'deelnemers.csv') => new File([text], name);

  it('refuses an empty, unsupported, identity-less or control-character file before storing anything', async () => {
    const { orgId, networkId, personId } = await setup();
    const preview = (f: FormDataEntryValue | null) => previewImport(orgId, networkId, { schoolYear: 2022, file: f, personId });
    expect(await preview(null)).toEqual({ ok: false, reason: 'empty' });
    expect(await preview(file(''))).toEqual({ ok: false, reason: 'empty' });
    expect(await preview(file('instellingsnummer\n123456', 'lijst.txt'))).toEqual({ ok: false, reason: 'unreadable', key: 'importUnsupported' });
    expect(await preview(file('kleur\nrood'))).toEqual({ ok: false, reason: 'unreadable', key: 'importNoIdentity' });
    expect(await preview(file('instellingsnummer\n12\u00003456'))).toEqual({ ok: false, reason: 'refused-text' });
    expect(await preview(file('x'.repeat(5 * 1024 * 1024 + 1)))).toEqual({ ok: false, reason: 'too-large' });
    expect(await database.handle.db.query.participationImports.findMany({ where: (i, { eq }) => eq(i.networkId, networkId) })).toEqual([]);
  });

  it('finds schools outside Flanders by their BRIN or FASE number and says in Dutch which it cannot add', async () => {
    const { orgId, networkId, personId } = await setup();
    const dutch = newSchoolFormSchema.parse({ name: `De Linde ${uniqueEmail('x')}`, identifierType: 'brin', identifier: '47XY00', street: 'Kerkstraat 1',
      postalCode: '6211 AB', municipality: 'Maastricht', sector: 'po' });
    expect(await addSchool(dutch, 'Fien Maes')).toMatchObject({ ok: true, institutionNumber: 'brin-47XY00' });
    const csv = 'Instellingsnummer;BRIN-nummer;Naam\n;47 xy 00;De Linde\nBRIN 47XY00;;\n;88ZZ;Onbekend\nFASE 9;;École\n';
    const result = await previewImport(orgId, networkId, { schoolYear: 2022, file: file(csv), personId });
    if (!result.ok) throw new Error(result.reason);
    const stored = await findImport(networkId, result.id!);
    expect((stored!.rows as ImportRow[]).map((r) => (r.outcome === 'error' ? r.key : r.outcome)))
      .toEqual(['matched', 'importDuplicateRow', 'importSchoolUnknownAbroad', 'importSchoolUnknownAbroad']);
  });

  it('stores a readable file as a preview of its classified rows', async () => {
    const { orgId, networkId, personId } = await setup();
    const result = await previewImport(orgId, networkId, { schoolYear: 2022, file: file('instellingsnummer;naam\n999999;Nieuwe school'), personId });
    expect(result).toEqual({ ok: true, id: expect.any(String) });
  });
});
