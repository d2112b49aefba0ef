// One fresh database per integration test file: a clone of the migrated template on PostgreSQL,
// or a new in-memory PGlite loaded from the migrated snapshot (both made in tests/db-global-setup.ts).
import { randomBytes } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, useDatabase, type DatabaseHandle } from '../src/lib/server/db/client';
import { stopQueue } from '../src/lib/server/jobs/queue';

import { templateName } from './test-template';

export interface TestDatabase {
  handle: DatabaseHandle;
  close: () => Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    // Made by this run's global setup from ./drizzle, so it is migrated: no migrations run here.
    const pgliteSnapshot = await openAsBlob(inject('pgliteSnapshot'));
    const handle = await openDatabase({ pgliteDir: 'memory://', pgliteSnapshot, migrationsDir: './drizzle' });
    useDatabase(handle);
    return { handle, close: async () => { await stopQueue(); await handle.close(); } };
  }
  const name = `netwerkplein_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateName}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: target.toString(), pgliteDir: 'memory://', migrationsDir: './drizzle', poolSize: 20 });
  useDatabase(handle);
  return {
    handle,
    close: async () => {
      await stopQueue();
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    }
  };
}
