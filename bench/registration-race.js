#!/usr/bin/env node
// Times the registration race on PostgreSQL: 500 people register at once for an activity with 20 seats,
// through the real registration engine, registerForActivity() from
// src/lib/features/registrations/mutations.server.ts, on the app's own database client
// (src/lib/server/db/client.ts, opened as src/lib/server/boot.ts opens it, so with the app's pool size).
//
//   npx tsx bench/registration-race.js [--runs 10] [--registrations 500] [--seats 20] [--database-url …] [--generate]
//     [--pool-size N]   (an experiment only: without it the pool is the app's own, as src/lib/server/boot.ts opens it)
//
// Needs the TypeScript loader tsx (it resolves the $lib aliases from tsconfig.json) and the bench
// database of bench/generate.js (the activities belong to its organisation bench-org; --generate makes it).
// The 500 people (race-NNN@bench-race.example) are created once and reused. Each run:
// 1. creates a fresh public activity of bench-org with 20 seats (outside the timing);
// 2. starts all 500 registerForActivity() calls at once and times from the first call to the last
//    settled promise (wall clock, in this process); the pool queues what it cannot run at once;
// 3. checks that exactly 20 calls returned 'registered', 480 'waiting', none failed or was refused, and
//    that the database agrees: 20 registered and 480 waiting rows, seats_taken 20 (else it fails);
// 4. deletes the activity (its registrations go with it by cascade) and VACUUMs both tables, outside the timing.
// One untimed, but checked, warm-up run comes first. Results: bench/out/registration-race.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { BENCH_ORG_SLUG, DEFAULT_DATABASE_URL, generate, projectRoot } from './generate.js';

const goalMs = 1000;
const RACE_SLUG_PREFIX = 'bench-race-';

function parseArgs(argv) {
  const args = {
    runs: 10, registrations: 500, seats: 20, poolSize: undefined, generate: false, scale: 1, databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--registrations') args.registrations = Number(argv[++i]);
    else if (a === '--seats') args.seats = Number(argv[++i]);
    else if (a === '--database-url') args.databaseUrl = argv[++i];
    else if (a === '--pool-size') args.poolSize = Number(argv[++i]);
    else if (a === '--generate') args.generate = true;
    else if (a === '--scale') args.scale = Number(argv[++i]);
    else throw new Error(`Unknown argument: ${a}`);
  }
  for (const k of ['runs', 'registrations', 'seats']) {
    if (!(Number.isInteger(args[k]) && args[k] > 0)) throw new Error(`--${k} must be a positive integer`);
  }
  if (args.poolSize !== undefined && !(Number.isInteger(args.poolSize) && args.poolSize > 0)) throw new Error('--pool-size must be a positive integer');
  if (args.seats > args.registrations) throw new Error('--seats must not exceed --registrations');
  const host = new URL(args.databaseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('The benchmark only runs against a local database');
  return args;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const r = (x) => Math.round(x * 10) / 10;
  return { min: r(sorted[0]), median: r(median), max: r(sorted.at(-1)), mean: r(values.reduce((s, x) => s + x, 0) / values.length) };
}

const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** The 500 people of the race, created once (idempotent) and reused by every run. */
async function racePeople(admin, count) {
  const emails = Array.from({ length: count }, (_, i) => `race-${String(i + 1).padStart(4, '0')}@bench-race.example`);
  await admin.query(
    `insert into people (email, name) select e, 'Deelnemer ' || substr(e, 6, 4) from unnest($1::text[]) as e on conflict (email) do nothing`,
    [emails]);
  const { rows } = await admin.query('select id from people where email = any($1::text[]) order by email', [emails]);
  if (rows.length !== count) throw new Error(`Expected ${count} race people, found ${rows.length}`);
  return rows.map((r) => r.id);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.generate) await generate({ scale: args.scale, databaseUrl: args.databaseUrl });

  let client;
  let mutations;
  try {
    client = await import('../src/lib/server/db/client.ts');
    mutations = await import('../src/lib/features/registrations/mutations.server.ts');
  } catch (err) {
    throw new Error(`Cannot load the app's TypeScript code (${err.code ?? err.message}); run with \`npx tsx bench/registration-race.js\``);
  }

  // Set-up, checks and clean-up go through a separate small pool, never through the one being measured.
  const admin = new pg.Pool({ connectionString: args.databaseUrl, max: 2 });
  const handle = await client.openDatabase({
    databaseUrl: args.databaseUrl, pgliteDir: 'memory://', migrationsDir: path.join(projectRoot, 'drizzle'), poolSize: args.poolSize
  });
  client.useDatabase(handle);
  try {
    const { rows: [org] } = await admin.query('select id from organisations where slug = $1', [BENCH_ORG_SLUG]);
    if (!org) throw new Error(`Organisation ${BENCH_ORG_SLUG} not found: run node bench/generate.js first (or pass --generate)`);
    // A run that was interrupted may have left its activity behind.
    await admin.query('delete from activities where organisation_id = $1 and slug like $2', [org.id, `${RACE_SLUG_PREFIX}%`]);
    const personIds = await racePeople(admin, args.registrations);
    const poolSize = handle.pool.options.max;
    const { rows: [server] } = await admin.query("select current_setting('server_version') as version, current_setting('max_connections')::int as max_connections");
    const expectedWaiting = args.registrations - args.seats;
    const loadAverageAtStart = loadAverage();
    console.log(`[race] ${args.registrations} concurrent registerForActivity() calls for ${args.seats} seats, ${args.runs} timed runs (+1 warm-up); `
      + `pool size ${poolSize}${args.poolSize === undefined ? " (the app's)" : ' (--pool-size; the app uses its default)'}; PostgreSQL ${server.version}; load average ${loadAverageAtStart.join(' ')}`);

    async function createActivity(run) {
      const { rows: [row] } = await admin.query(
        `insert into activities (organisation_id, slug, kind, title, capacity, starts_at, ends_at, registration_deadline, visibility)
         values ($1, $2, 'vorming', $3, $4, now() + interval '60 days', now() + interval '60 days 6 hours', now() + interval '30 days', 'public')
         returning id`,
        [org.id, `${RACE_SLUG_PREFIX}${process.pid}-${run}`, `Benchmark wedloop ${run}`, args.seats]);
      return row.id;
    }
    async function removeActivity(activityId) {
      await admin.query('delete from activities where id = $1', [activityId]);
      await admin.query('vacuum registrations, registration_extras, activities');
    }

    const timings = [];
    let warmupMs = null;
    for (let run = 0; run <= args.runs; run++) {
      const activityId = await createActivity(run);
      try {
        const started = performance.now();
        const settled = await Promise.allSettled(personIds.map((personId) => mutations.registerForActivity(activityId, personId, {})));
        const ms = performance.now() - started;

        const rejected = settled.filter((r) => r.status === 'rejected');
        const values = settled.filter((r) => r.status === 'fulfilled').map((r) => r.value);
        const registered = values.filter((v) => v.ok && v.status === 'registered').length;
        const waiting = values.filter((v) => v.ok && v.status === 'waiting').length;
        const refused = values.filter((v) => !v.ok);
        const { rows: [db] } = await admin.query(
          `select (select seats_taken from activities where id = $1) as seats_taken,
                  count(*) filter (where status = 'registered')::int as registered, count(*) filter (where status = 'waiting')::int as waiting,
                  count(*)::int as total
             from registrations where activity_id = $1`, [activityId]);
        const label = run === 0 ? 'warm-up' : `run ${run}`;
        const problems = [];
        if (rejected.length > 0) problems.push(`${rejected.length} errors (first: ${rejected[0].reason?.message ?? rejected[0].reason})`);
        if (refused.length > 0) problems.push(`${refused.length} refused (${[...new Set(refused.map((v) => v.reason))].join(', ')})`);
        if (registered !== args.seats || waiting !== expectedWaiting) problems.push(`calls returned ${registered} registered and ${waiting} waiting`);
        if (db.registered !== args.seats || db.waiting !== expectedWaiting || db.total !== args.registrations || db.seats_taken !== args.seats) {
          problems.push(`the database holds ${db.registered} registered, ${db.waiting} waiting (${db.total} rows), seats_taken ${db.seats_taken}`);
        }
        if (problems.length > 0) {
          throw new Error(`${label}: expected ${args.seats} registered, ${expectedWaiting} waiting, 0 errors, seats_taken ${args.seats}; ${problems.join('; ')}`);
        }
        console.log(`[race] ${label.padEnd(7)}: ${ms.toFixed(1)} ms — ${registered} registered, ${waiting} waiting, 0 errors, seats_taken ${db.seats_taken}`);
        if (run === 0) warmupMs = Math.round(ms * 10) / 10;
        else timings.push(ms);
      } finally {
        await removeActivity(activityId);
      }
    }

    const summary = stats(timings);
    const loadAverageAtEnd = loadAverage();
    const met = summary.max < goalMs;
    console.log(`[race] ${timings.length} runs: min ${summary.min} ms, median ${summary.median} ms, max ${summary.max} ms (warm-up ${warmupMs} ms); `
      + `goal < ${goalMs} ms: ${met ? 'met' : 'NOT met'} (slowest run); load average at the end ${loadAverageAtEnd.join(' ')}`);
    const report = {
      benchmark: `${args.registrations} concurrent registrations for ${args.seats} seats through registerForActivity() on PostgreSQL`,
      command: `npx tsx bench/registration-race.js ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.release()}`,
        loadAverageAtStart, loadAverageAtEnd
      },
      database: args.databaseUrl.replace(/\/\/[^@]*@/, '//'),
      postgres: { version: server.version, maxConnections: server.max_connections },
      poolSize,
      poolSizeIsTheApps: args.poolSize === undefined,
      registrations: args.registrations,
      seats: args.seats,
      perRun: { registered: args.seats, waiting: expectedWaiting, errors: 0, seatsTaken: args.seats },
      runs: timings.length,
      warmupMs,
      ms: summary,
      allMs: timings.map((x) => Math.round(x * 10) / 10),
      goal: { maximumMs: goalMs, met }
    };
    const outDir = path.join(projectRoot, 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'registration-race.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('[race] wrote bench/out/registration-race.json');
  } finally {
    await handle.close();
    await admin.end();
  }
}

try {
  await main();
} catch (err) {
  console.error(`[race] FAILED: ${err.message}`);
  process.exit(1);
}
