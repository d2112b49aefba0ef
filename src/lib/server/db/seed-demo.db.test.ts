import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { findNetworkBySlugs, listNetworkMembers, listNetworkSchoolYears } from '$lib/features/networks/data.server';
import { listOrganisations } from '$lib/features/organisations/data.server';
import { findExample, searchLibrary } from '$lib/features/library/data.server';
import { librarySearchSchema } from '$lib/features/library/schema';
import { loginWithPassword } from '$lib/features/people/mutations.server';
import { demoPassword, seedDemoData } from './seed-demo';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

describe('demo data', () => {
  it('fills an empty database once with the seeds\' organisations and networks', async () => {
    expect(await seedDemoData(database.handle.db)).toBe(true);
    expect(await seedDemoData(database.handle.db)).toBe(false);
    const names = (await listOrganisations()).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Samana', 'Onderwijscentrum Gent']));
    expect(names).toHaveLength(4);
  });

  it('gives the Scholennetwerk voor jonge mantelzorgers members from 2017-2018 through 2022-2023', async () => {
    const network = await findNetworkBySlugs('samana', 'scholennetwerk-jonge-mantelzorgers');
    expect(network?.name).toBe('Scholennetwerk voor jonge mantelzorgers');
    expect(await listNetworkSchoolYears(network!.id)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    expect((await listNetworkMembers(network!.id, 2022)).length).toBeGreaterThanOrEqual(10);
  });

  it('has a provincial Samen tegen Schooluitval network for each province with a contact', async () => {
    for (const province of ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel']) {
      const network = await findNetworkBySlugs('samen-tegen-schooluitval', `samen-tegen-schooluitval-${province}`);
      expect(network?.contactName, province).toBeTruthy();
    }
  });

  it('has the practice examples of seed 002, Oost-Vlaanderen with two contact people and Limburg awaiting approval', async () => {
    const published = await searchLibrary(librarySearchSchema.parse({}));
    expect(published.total).toBe(6);
    expect(published.facets.province).toEqual({ antwerpen: 1, brussel: 1, 'oost-vlaanderen': 1, 'vlaams-brabant': 1, 'west-vlaanderen': 1 });
    expect(published.facets.targetGroup['jonge-mantelzorgers']).toBe(1);
    const oostVlaanderen = await findExample('samen-tegen-schooluitval', 'trajectbegeleiding');
    expect(oostVlaanderen?.contacts.map((c) => c.name)).toEqual(['Oona Somers', 'Sofie Baert']);
    expect((await findExample('samen-tegen-schooluitval', 'minder-mazen-meer-net'))?.status).toBe('review');
    expect((await searchLibrary(librarySearchSchema.parse({ q: 'spijbelen' }))).items.map((i) => i.slug)).toContain('provinciaal-spijbelactieplan');
  });

  it('lets every demo account sign in with the demo password', async () => {
    for (const email of ['admin', 'facilitator', 'begeleider', 'coordinator', 'medewerker']) {
      expect(await loginWithPassword(`${email}@demo.netwerkplein.example`, demoPassword, `10.1.0.${email.length}`)).toMatchObject({ ok: true });
    }
  });
});
