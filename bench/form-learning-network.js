#!/usr/bin/env node
// Times forming a learning network of 3,000 schools on PostgreSQL: the learning network 2024-2025 of
// bench-org/bench-forming from its 3,000 participants of 2023-2024 (see bench/generate.js).
//
//   npx tsx bench/form-learning-network.js [--runs 10] [--mode both|app|sql] [--database-url …] [--generate]
//   node bench/form-learning-network.js --mode sql …          (without tsx: the SQL copy only)
//
// Two ways to form it:
// - app: the real mutation, formLearningNetwork() from src/lib/features/learning-networks/mutations.server.ts,
//   on the app's own drizzle client (src/lib/server/db/client.ts, pg pool of 10). Needs the TypeScript
//   loader tsx, which resolves the $lib aliases from tsconfig.json (.svelte-kit/tsconfig.json).
// - sql: the statements that mutation sends (copied from PostgreSQL's log_statement), sent with pg:
//   the ownership check, then BEGIN; INSERT learning_networks … ON CONFLICT DO NOTHING RETURNING id;
//   INSERT INTO learning_network_members … SELECT … FROM project_participations; SELECT count(*); COMMIT.
// Each run is timed from the call to its return (wall clock, in this process), is checked to have
// inserted exactly the expected number of members, and is undone afterwards (DELETE of the learning
// network, cascading to its members, and VACUUM of both tables, outside the timing). One untimed
// warm-up run per mode comes first. Results: bench/out/form-learning-network.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  BENCH_FORMING_FROM_YEAR, BENCH_FORMING_NETWORK_SLUG, BENCH_ORG_SLUG, DEFAULT_DATABASE_URL, generate, projectRoot
} from './generate.js';

const targetYear = BENCH_FORMING_FROM_YEAR + 1;
const goalMs = 1000;

// The mutation's SQL, exactly as drizzle sends it (PostgreSQL log_statement = 'all').
const OWNS_NETWORK_SQL = 'select "id" from "networks" where ("networks"."id" = $1 and "networks"."organisation_id" = $2)';
const INSERT_LEARNING_NETWORK_SQL = 'insert into "learning_networks" ("id", "network_id", "school_year", "formed_from_year", "created_at") values (default, $1, $2, $3, default) on conflict do nothing returning "id"';
const INSERT_MEMBERS_SQL = `
      insert into learning_network_members (learning_network_id, school_id)
      select $1, p.school_id from project_participations p
      where p.network_id = $2 and p.school_year = $3`;
const COUNT_MEMBERS_SQL = 'select count(*)::int from "learning_network_members" where "learning_network_members"."learning_network_id" = $1';

function parseArgs(argv) {
  const args = { runs: 10, mode: 'both', generate: false, scale: 1, databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--mode') args.mode = argv[++i];
    else if (a === '--database-url') args.databaseUrl = argv[++i];
    else if (a === '--generate') args.generate = true;
    else if (a === '--scale') args.scale = Number(argv[++i]);
    else throw new Error(`Unknown argument: ${a}`);
  }
  if (!(Number.isInteger(args.runs) && args.runs > 0)) throw new Error('--runs must be a positive integer');
  if (!['both', 'app', 'sql'].includes(args.mode)) throw new Error('--mode must be both, app or sql');
  const host = new URL(args.databaseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('The benchmark only runs against a local database');
  return args;
}

/** The real mutation and the app's database client; null when this Node cannot load TypeScript (no tsx). */
async function loadAppCode() {
  try {
    const client = await import('../src/lib/server/db/client.ts');
    const mutations = await import('../src/lib/features/learning-networks/mutations.server.ts');
    return { client, mutations };
  } catch (err) {
    return { error: err };
  }
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const r = (x) => Math.round(x * 10) / 10;
  return { min: r(sorted[0]), median: r(median), max: r(sorted.at(-1)), mean: r(values.reduce((s, x) => s + x, 0) / values.length) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.generate) await generate({ scale: args.scale, databaseUrl: args.databaseUrl });

  // Checks and clean-up go through a separate small pool, never through the one being measured.
  const admin = new pg.Pool({ connectionString: args.databaseUrl, max: 2 });
  const { rows: [target] } = await admin.query(
    `select n.id, n.organisation_id,
            (select count(*)::int from project_participations p where p.network_id = n.id and p.school_year = $3) as participants
       from networks n join organisations o on o.id = n.organisation_id where o.slug = $1 and n.slug = $2`,
    [BENCH_ORG_SLUG, BENCH_FORMING_NETWORK_SLUG, BENCH_FORMING_FROM_YEAR]);
  if (!target) throw new Error(`${BENCH_ORG_SLUG}/${BENCH_FORMING_NETWORK_SLUG} not found: run node bench/generate.js first (or pass --generate)`);
  const expected = target.participants;
  if (expected === 0) throw new Error(`${BENCH_FORMING_NETWORK_SLUG} has no participants in ${BENCH_FORMING_FROM_YEAR}`);
  console.log(`[form] ${BENCH_ORG_SLUG}/${BENCH_FORMING_NETWORK_SLUG}: ${expected} participants in ${BENCH_FORMING_FROM_YEAR}-${BENCH_FORMING_FROM_YEAR + 1}; `
    + `forming ${targetYear}-${targetYear + 1}, ${args.runs} timed runs per mode (+1 warm-up)`);

  async function undo() {
    await admin.query('delete from learning_networks where network_id = $1 and school_year = $2', [target.id, targetYear]);
    await admin.query('vacuum learning_network_members, learning_networks');
  }
  async function verify(label, reported) {
    const { rows: [row] } = await admin.query(
      `select count(*)::int as n from learning_network_members m join learning_networks ln on ln.id = m.learning_network_id
        where ln.network_id = $1 and ln.school_year = $2 and m.active`, [target.id, targetYear]);
    if (reported !== expected || row.n !== expected) {
      throw new Error(`${label}: expected ${expected} members, the mutation reported ${reported} and the table holds ${row.n}`);
    }
  }
  await undo();

  const modes = [];
  let app = null;
  if (args.mode !== 'sql') {
    app = await loadAppCode();
    if (app.error) {
      if (args.mode === 'app') throw new Error(`Cannot load the TypeScript mutation (${app.error.message}); run with npx tsx`);
      console.warn(`[form] the app's TypeScript code cannot be loaded here (${app.error.code ?? app.error.message}); `
        + 'timing the SQL copy only. Run with `npx tsx bench/form-learning-network.js` for the real mutation.');
    } else {
      modes.push('app');
    }
  }
  if (args.mode !== 'app') modes.push('sql');

  const results = {};
  for (const mode of modes) {
    let formOnce;
    let close;
    if (mode === 'app') {
      const handle = await app.client.openDatabase({
        databaseUrl: args.databaseUrl, pgliteDir: 'memory://', migrationsDir: path.join(projectRoot, 'drizzle')
      });
      app.client.useDatabase(handle);
      formOnce = async () => {
        const result = await app.mutations.formLearningNetwork(target.organisation_id, target.id, targetYear);
        if (!result.ok || !result.created) throw new Error(`formLearningNetwork returned ${JSON.stringify(result)}`);
        return { members: result.members };
      };
      close = () => handle.close();
    } else {
      const pool = new pg.Pool({ connectionString: args.databaseUrl, max: 10 });
      formOnce = async () => {
        const t0 = performance.now();
        const owns = await pool.query({ text: OWNS_NETWORK_SQL, values: [target.id, target.organisation_id], rowMode: 'array' });
        if (owns.rows.length !== 1) throw new Error('ownership check failed');
        const client = await pool.connect();
        const steps = { ownsNetwork: performance.now() - t0 };
        try {
          let t = performance.now();
          await client.query('begin');
          const created = await client.query({ text: INSERT_LEARNING_NETWORK_SQL, values: [target.id, targetYear, targetYear - 1], rowMode: 'array' });
          if (created.rows.length !== 1) throw new Error('the learning network already exists');
          steps.insertLearningNetwork = performance.now() - t;
          t = performance.now();
          await client.query({ text: INSERT_MEMBERS_SQL, values: [created.rows[0][0], target.id, targetYear - 1] });
          steps.insertMembers = performance.now() - t;
          t = performance.now();
          const counted = await client.query({ text: COUNT_MEMBERS_SQL, values: [created.rows[0][0]], rowMode: 'array' });
          steps.count = performance.now() - t;
          t = performance.now();
          await client.query('commit');
          steps.commit = performance.now() - t;
          return { members: counted.rows[0][0], steps };
        } catch (err) {
          await client.query('rollback');
          throw err;
        } finally {
          client.release();
        }
      };
      close = () => pool.end();
    }

    const timings = [];
    const stepTimings = [];
    let warmupMs = null;
    try {
      for (let run = 0; run <= args.runs; run++) {
        const t0 = performance.now();
        const { members, steps } = await formOnce();
        const ms = performance.now() - t0;
        await verify(`${mode} run ${run}`, members);
        await undo();
        if (run === 0) {
          warmupMs = Math.round(ms * 10) / 10;
          continue;
        }
        timings.push(ms);
        if (steps) stepTimings.push(steps);
      }
    } finally {
      await close();
    }
    const summary = { runs: timings.length, membersPerRun: expected, warmupMs, ms: stats(timings), allMs: timings.map((x) => Math.round(x * 10) / 10) };
    if (stepTimings.length > 0) {
      summary.stepsMedianMs = Object.fromEntries(Object.keys(stepTimings[0]).map((k) => [k, stats(stepTimings.map((s) => s[k])).median]));
    }
    results[mode] = summary;
    console.log(`[form] ${mode.padEnd(3)}: ${timings.length} runs × ${expected} members — min ${summary.ms.min} ms, `
      + `median ${summary.ms.median} ms, max ${summary.ms.max} ms (warm-up ${warmupMs} ms)`
      + (summary.stepsMedianMs ? `; median per statement: ${JSON.stringify(summary.stepsMedianMs)}` : ''));
  }
  await admin.end();

  const worst = Math.max(...Object.values(results).map((r) => r.ms.max));
  console.log(`[form] goal < ${goalMs} ms: ${worst < goalMs ? 'met' : 'NOT met'} (slowest timed run ${worst} ms)`);
  const report = {
    benchmark: `forming the learning network ${targetYear}-${targetYear + 1} of ${BENCH_ORG_SLUG}/${BENCH_FORMING_NETWORK_SLUG} from its ${BENCH_FORMING_FROM_YEAR} participants`,
    command: `${path.basename(process.argv[0])} bench/form-learning-network.js ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    database: args.databaseUrl.replace(/\/\/[^@]*@/, '//'),
    members: expected,
    results,
    goal: { maximumMs: goalMs, met: worst < goalMs }
  };
  const outDir = path.join(projectRoot, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'form-learning-network.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('[form] wrote bench/out/form-learning-network.json');
}

try {
  await main();
} catch (err) {
  console.error(`[form] FAILED: ${err.message}`);
  process.exit(1);
}
