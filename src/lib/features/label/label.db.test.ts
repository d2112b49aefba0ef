import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { seedDemoData } from '$lib/server/db/seed-demo';
import { findNetworkBySlugs } from '../networks/data.server';
import { findValidLabel } from './data.server';

let database: TestDatabase;
let publicId: string;
let privateId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.handle.db);
  publicId = (await findNetworkBySlugs('samana', 'scholennetwerk-jonge-mantelzorgers'))!.id;
  privateId = (await findNetworkBySlugs('samana', 'samana-kernteam-intern'))!.id;
});
afterAll(async () => { await database.close(); });

describe('a label on its verification page', () => {
  it('is valid for a school on the public member list that year, with every year it is a member', async () => {
    const facts = await findValidLabel(publicId, '913204', 2022);
    expect(facts).toMatchObject({
      schoolName: 'Sint-Jozefsinstituut', municipality: 'Mechelen', networkName: 'Scholennetwerk voor jonge mantelzorgers',
      networkSlug: 'scholennetwerk-jonge-mantelzorgers', organisationName: 'Samana', organisationSlug: 'samana'
    });
    expect(facts!.memberYears).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    // Vrije Basisschool De Vlinder left after 2019-2020.
    expect((await findValidLabel(publicId, '933560', 2018))!.memberYears).toEqual([2018, 2019]);
  });

  it('is not valid outside the member years, for an unknown school, or on a network that is not public', async () => {
    expect(await findValidLabel(publicId, '933560', 2020)).toBeNull();
    expect(await findValidLabel(publicId, '913204', 2016)).toBeNull();
    expect(await findValidLabel(publicId, '000000', 2022)).toBeNull();
    // 913204 is in Samana's closed pilot group in 2022-2023, but that group's labels prove nothing in public.
    expect(await findValidLabel(privateId, '913204', 2022)).toBeNull();
  });
});
