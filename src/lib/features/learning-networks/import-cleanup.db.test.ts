import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networks, organisations, participationImports, people } from '$lib/server/db/schema';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { importPreviewCleanupJob } from './jobs.server';
import { importPreviewLifetimeDays } from './mutations.server';

// ADR 009, 022: an unconfirmed preview older than its lifetime is deleted; a younger one and every
// applied import stay.
let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

describe('the import preview clean-up', () => {
  it('deletes unconfirmed previews past their lifetime and keeps young previews and applied imports', async () => {
    const db = database.handle.db;
    const [org] = await db.insert(organisations).values({ slug: 'opruim-org', name: 'Opruim' }).returning({ id: organisations.id });
    const [network] = await db.insert(networks).values({ organisationId: org!.id, slug: 'opruim', name: 'Opruim' }).returning({ id: networks.id });
    const [person] = await db.insert(people).values({ email: uniqueEmail('import'), name: 'Import' }).returning({ id: people.id });
    const old = new Date(Date.now() - (importPreviewLifetimeDays + 1) * 86_400_000);
    const young = new Date(Date.now() - (importPreviewLifetimeDays - 1) * 86_400_000);
    const row = (fileName: string, createdAt: Date, appliedAt: Date | null = null) =>
      ({ networkId: network!.id, schoolYear: 2026, fileName, rows: [], createdBy: person!.id, createdAt, appliedAt });
    await db.insert(participationImports).values([
      row('oud-niet-bevestigd.csv', old), row('jong-niet-bevestigd.csv', young), row('oud-toegepast.csv', old, old)
    ]);

    await importPreviewCleanupJob.handler({}, crypto.randomUUID());
    const kept = async () => (await db.select({ fileName: participationImports.fileName }).from(participationImports)).map((r) => r.fileName).sort();
    expect(await kept()).toEqual(['jong-niet-bevestigd.csv', 'oud-toegepast.csv']);
    await importPreviewCleanupJob.handler({}, crypto.randomUUID());
    expect(await kept()).toEqual(['jong-niet-bevestigd.csv', 'oud-toegepast.csv']);
  });
});
