import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginTokens, people, rateLimits, sessions } from '$lib/server/db/schema';
import { startQueue, startWorkers, stopQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { signInCleanupJob } from './jobs.server';

// ADR 022: the scheduled clean-up deletes what can no longer be used and keeps everything else.
let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const hour = 3_600_000;

describe('the sign-in clean-up', () => {
  it('deletes expired login tokens, expired sessions and ended rate-limit windows, and keeps the live ones', async () => {
    const db = database.handle.db;
    const [person] = await db.insert(people).values({ email: uniqueEmail('opruim'), name: 'Opruim' }).returning({ id: people.id });
    const personId = person!.id;
    const past = new Date(Date.now() - hour);
    const future = new Date(Date.now() + hour);
    await db.insert(loginTokens).values([
      { tokenHash: 'token-verlopen', personId, purpose: 'magic-link', expiresAt: past },
      { tokenHash: 'token-gebruikt-verlopen', personId, purpose: 'password-reset', expiresAt: past, usedAt: past },
      { tokenHash: 'token-geldig', personId, purpose: 'magic-link', expiresAt: future }
    ]);
    await db.insert(sessions).values([
      { idHash: 'sessie-verlopen', personId, expiresAt: past },
      { idHash: 'sessie-geldig', personId, expiresAt: future }
    ]);
    await db.insert(rateLimits).values([
      { key: 'venster-voorbij', hits: 10, resetAt: past },
      { key: 'venster-loopt', hits: 3, resetAt: future }
    ]);

    await signInCleanupJob.handler({}, crypto.randomUUID());
    expect((await db.select().from(loginTokens).where(eq(loginTokens.personId, personId))).map((t) => t.tokenHash)).toEqual(['token-geldig']);
    expect((await db.select().from(sessions).where(eq(sessions.personId, personId))).map((s) => s.idHash)).toEqual(['sessie-geldig']);
    expect((await db.select().from(rateLimits)).map((r) => r.key)).toEqual(['venster-loopt']);

    // Idempotent: a second run (a retried or doubled occurrence) deletes nothing more.
    await signInCleanupJob.handler({}, crypto.randomUUID());
    expect(await db.select().from(loginTokens).where(eq(loginTokens.personId, personId))).toHaveLength(1);
    expect(await db.select().from(sessions).where(eq(sessions.personId, personId))).toHaveLength(1);
  });

  it('is put on pg-boss cron when the workers start', async () => {
    await startWorkers([signInCleanupJob]);
    const schedules = await (await startQueue()).getSchedules();
    expect(schedules.map((s) => [s.name, s.cron])).toContainEqual(['people.cleanup.v1', signInCleanupJob.schedule]);
    await stopQueue();
  });
});
