// Integration tests run on PostgreSQL when TEST_DATABASE_URL is set (CI sets it), else on PGlite.
// Migrating is done once here, not per test file, and pg-boss installs its own tables here too:
// - PostgreSQL: one migrated template database; each test file clones it (tests/db.ts).
// - PGlite: one migrated database dumped to a tarball; each test file loads its own copy of it, a
//   fresh in-memory database as before, minus about 4 s of CPU for initdb, migrations and pg-boss.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, useDatabase, type DatabaseHandle } from '../src/lib/server/db/client';
import { startQueue, stopQueue } from '../src/lib/server/jobs/queue';

import { templateName } from './test-template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite data directory (a tarball) each PGlite test file starts from. */
    pgliteSnapshot: string;
  }
}

/** Lets pg-boss create its schema in the database, as the first `startQueue()` of a test would. */
async function installQueue(handle: DatabaseHandle): Promise<void> {
  useDatabase(handle);
  await startQueue();
  await stopQueue();
}

export default async function setup(project: TestProject): Promise<(() => void) | void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const handle = await openDatabase({ pgliteDir: 'memory://', migrationsDir: './drizzle' });
    if (handle.kind !== 'pglite') throw new Error('expected PGlite');
    await installQueue(handle);
    // Uncompressed: gunzipping the 40 MB per test file would cost more than reading it.
    const tarball = await handle.pglite.dumpDataDir('none');
    await handle.close();
    const dir = mkdtempSync(join(tmpdir(), 'netwerkplein-pglite-'));
    const file = join(dir, 'migrated.tar');
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
    project.provide('pgliteSnapshot', file);
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${templateName} with (force)`);
  await admin.query(`create database ${templateName}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${templateName}`;
  const handle = await openDatabase({ databaseUrl: target.toString(), pgliteDir: 'memory://', migrationsDir: './drizzle', poolSize: 1 });
  await installQueue(handle);
  await handle.close();
}
