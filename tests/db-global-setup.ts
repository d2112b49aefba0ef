// Integration tests run on PostgreSQL when TEST_DATABASE_URL is set (CI sets it), else on PGlite.
// On PostgreSQL one migrated template database is made here; each test file clones it.
import pg from 'pg';
import { openDatabase } from '../src/lib/server/db/client';

import { templateName } from './test-template';

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${templateName} with (force)`);
  await admin.query(`create database ${templateName}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${templateName}`;
  const handle = await openDatabase({ databaseUrl: target.toString(), pgliteDir: 'memory://', migrationsDir: './drizzle', poolSize: 1 });
  await handle.close();
}
