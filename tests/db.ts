// One fresh database per integration test file: a clone of the migrated template on PostgreSQL,
// or a new in-memory PGlite with the same migrations.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
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
    const handle = await openDatabase({ pgliteDir: 'memory://', migrationsDir: './drizzle' });
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
