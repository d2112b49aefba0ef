// The single way to the database. PGlite (embedded, under ./data) when DATABASE_URL is unset,
// PostgreSQL otherwise; both run the same drizzle migrations and the same queries.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DatabaseHandle =
  | { kind: 'pglite'; db: Db; pglite: PGlite; close: () => Promise<void> }
  | { kind: 'postgres'; db: Db; pool: pg.Pool; connectionString: string; close: () => Promise<void> };

export interface OpenOptions {
  databaseUrl?: string;
  /** Directory for PGlite data; 'memory://' keeps it in memory (tests). */
  pgliteDir: string;
  /**
   * A PGlite data directory dumped with `dumpDataDir()` right after migrating, to start from instead
   * of an empty one; its migrations are not run again. The integration tests load their migrated
   * snapshot this way (tests/db-global-setup.ts).
   */
  pgliteSnapshot?: Blob;
  migrationsDir: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server closes (restart, admin shutdown) must not crash the process.
    pool.on('error', (err) => console.error('[db] idle connection lost:', err.message));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(drizzlePg(pool), { migrationsFolder: options.migrationsDir });
    return { kind: 'postgres', db, pool, connectionString: options.databaseUrl, close: () => pool.end() };
  }
  if (!options.pgliteDir.startsWith('memory://')) mkdirSync(options.pgliteDir, { recursive: true });
  // unaccent backs the library's Dutch search configuration (migration 0014, ADR 043).
  const pglite = await PGlite.create({ dataDir: options.pgliteDir, loadDataDir: options.pgliteSnapshot, extensions: { unaccent } });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  if (!options.pgliteSnapshot) await migratePglite(drizzlePglite(pglite), { migrationsFolder: options.migrationsDir });
  return { kind: 'pglite', db, pglite, close: () => pglite.close() };
}

let current: DatabaseHandle | undefined;

/** Makes a handle the one every data and mutation module uses (server boot, each test file). */
export function useDatabase(handle: DatabaseHandle): void {
  current = handle;
}

export function databaseHandle(): DatabaseHandle {
  if (!current) throw new Error('Database not opened: call openDatabase() and useDatabase() at boot');
  return current;
}

export function db(): Db {
  return databaseHandle().db;
}

/** Runs raw SQL (for queries the builder cannot express) and returns its rows on either driver. */
export async function queryRows<T>(query: SQL): Promise<T[]> {
  const result = (await db().execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Whether the database answers a real query within `timeoutMs` (for /readyz). */
export async function pingDatabase(handle: DatabaseHandle, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
  const query = handle.db.execute(sql`select 1`).then(() => true, () => false);
  const answered = await Promise.race([query, timeout]);
  clearTimeout(timer);
  return answered;
}
