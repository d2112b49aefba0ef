// /readyz against a PostgreSQL that goes away and comes back: the pool reaches the machine's
// PostgreSQL through a TCP proxy of this test, which is closed and reopened on the same port.
import net from 'node:net';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db, DatabaseHandle } from './db/client';
import { checkReadiness } from './readiness';

const upstream = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

function proxy(port = 0): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
    for (const s of [client, server]) { sockets.add(s); s.on('error', () => { client.destroy(); server.destroy(); }); s.on('close', () => sockets.delete(s)); }
    client.pipe(server).pipe(client);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise((done) => { for (const s of sockets) s.destroy(); server.close(() => done()); })
  })));
}

let pool: pg.Pool | undefined;
afterAll(async () => { await pool?.end(); });

describe('readiness', () => {
  it('answers unavailable while the database is unreachable, and ready again once it is back, without a restart', async () => {
    let gate = await proxy();
    const target = new URL(upstream);
    target.port = String(gate.port);
    pool = new pg.Pool({ connectionString: target.toString(), max: 2, connectionTimeoutMillis: 500 });
    pool.on('error', () => {});
    const handle: DatabaseHandle = { kind: 'postgres', db: drizzle(pool) as unknown as Db, pool, connectionString: target.toString(), close: () => pool!.end() };

    expect(await checkReadiness({ handle, jobsEnabled: false })).toEqual({ ready: true, database: 'postgres', jobs: 'disabled' });
    // No job workers run in this test process: with jobs enabled, that is a reason too.
    expect(await checkReadiness({ handle, jobsEnabled: true })).toEqual({ ready: false, reason: 'jobs-stopped', database: 'postgres' });

    await gate.close();
    const started = Date.now();
    expect(await checkReadiness({ handle, jobsEnabled: false, timeoutMs: 1000 })).toEqual({ ready: false, reason: 'database-unreachable', database: 'postgres' });
    expect(Date.now() - started).toBeLessThan(5000);

    gate = await proxy(gate.port);
    expect(await checkReadiness({ handle, jobsEnabled: false })).toEqual({ ready: true, database: 'postgres', jobs: 'disabled' });
    await gate.close();
  });
});
