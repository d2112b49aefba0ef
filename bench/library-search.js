#!/usr/bin/env node
// Times the practice library's Dutch search (ADR 043) over 10,000 generated examples: a two-word
// query with two facets, through the app's own searchLibrary() (the page's query, its total and its
// five facet counts), on PostgreSQL and on PGlite with the same migrations.
//
//   npx tsx bench/library-search.js [--examples 10000] [--runs 200] [--engine both|postgres|pglite] [--database-url …]
//
// PostgreSQL: a database of its own (netwerkplein_bench_library, dropped and created anew on the
// server of --database-url, default postgres://postgres@127.0.0.1:5432/postgres). PGlite: in memory.
// Data: examples made of Dutch-like sentences from a fixed vocabulary (seeded random, so every run
// has the same data), each with 1–3 themes, domains, target groups and partner types and a province;
// 80 % published. Queries rotate over a few two-word searches with two facets; 20 untimed warm-up
// runs first. Results: a table and bench/out/library-search.json. Localhost only.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, useDatabase } from '../src/lib/server/db/client.ts';
import { organisations } from '../src/lib/features/organisations/tables.server.ts';
import { practiceExamples } from '../src/lib/features/library/tables.server.ts';
import { searchLibrary } from '../src/lib/features/library/data.server.ts';
import { librarySearchSchema } from '../src/lib/features/library/schema.ts';
import { domains, partnerTypes, targetGroups, themes } from '../src/lib/features/library/rules.ts';
import { provinces } from '../src/lib/features/schools/schema.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const goalMs = 20;

function parseArgs(argv) {
  const args = { examples: 10_000, runs: 200, engine: 'both', databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--examples') args.examples = Number(argv[++i]);
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--engine') args.engine = argv[++i];
    else if (a === '--database-url') args.databaseUrl = argv[++i];
    else throw new Error(`Unknown argument: ${a}`);
  }
  return args;
}

// A small seeded generator (mulberry32): the same data on every run and engine.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ('leerling leerlingen school scholen ouders spijbelen spijbelaars spijbelgedrag begeleiding trajectbegeleider ' +
  'netwerk netwerken samenwerking schooluitval vroegtijdig schoolverlaten kwalificatie uitstroom welzijn psychische ' +
  'kwetsbaarheid geestelijke gezondheid clb politie parket jeugdhulp gemeente lokaal bestuur aanpak aanbod rondetafel ' +
  'toeleiding jongeren mantelzorgers zorg thuis gesprek toekomst motivatie studies leerweg onderwijs werk opleiding ' +
  'coaching klas leraar zorgcoördinator afwezigheden spijbelactieplan continuïteit signalen vertrouwen').split(' ');

function sentence(rnd, n) {
  const picked = Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]);
  return picked.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

function some(rnd, list, max) {
  const n = 1 + Math.floor(rnd() * max);
  return [...new Set(Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)]))];
}

function exampleRows(count, organisationId) {
  const rnd = random(17);
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 6 }, () => sentence(rnd, 12)).join(' ');
    return {
      organisationId, slug: `voorbeeld-${i}`, title: sentence(rnd, 4).slice(0, -1), summary: sentence(rnd, 20), body, searchText: body,
      themes: some(rnd, themes, 3), domains: some(rnd, domains, 2), targetGroups: some(rnd, targetGroups, 2), partnerTypes: some(rnd, partnerTypes, 3),
      province: provinces[Math.floor(rnd() * provinces.length)], status: rnd() < 0.8 ? 'published' : 'draft', publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000)
    };
  });
}

const queries = [
  { q: 'spijbelen school', theme: 'spijbelen', province: 'limburg' },
  { q: 'psychische kwetsbaarheid', domain: 'welzijn', targetGroup: 'psychisch-kwetsbare-jongeren' },
  { q: 'trajectbegeleiding ouders', partnerType: 'clb', province: 'oost-vlaanderen' },
  { q: 'vroegtijdig schoolverlaten', theme: 'vroegtijdig-schoolverlaten', domain: 'werk' }
].map((q) => librarySearchSchema.parse(q));

async function fill(handle, count) {
  const [org] = await handle.db.insert(organisations).values({ slug: 'bench-library', name: 'Bench-bibliotheek' }).returning({ id: organisations.id });
  const rows = exampleRows(count, org.id);
  for (let i = 0; i < rows.length; i += 500) await handle.db.insert(practiceExamples).values(rows.slice(i, i + 500));
  await handle.db.execute('analyze practice_examples');
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(engine, handle, args) {
  useDatabase(handle);
  const started = Date.now();
  await fill(handle, args.examples);
  const fillSeconds = (Date.now() - started) / 1000;
  for (let i = 0; i < 20; i++) await searchLibrary(queries[i % queries.length]);
  const times = [];
  let hits = 0;
  for (let i = 0; i < args.runs; i++) {
    const t0 = performance.now();
    const result = await searchLibrary(queries[i % queries.length]);
    times.push(performance.now() - t0);
    hits += result.total;
  }
  times.sort((a, b) => a - b);
  return { engine, examples: args.examples, runs: args.runs, fillSeconds, meanHits: Math.round(hits / args.runs),
    p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const migrationsDir = path.join(projectRoot, 'drizzle');
  const results = [];
  if (args.engine !== 'pglite') {
    const admin = new pg.Client({ connectionString: args.databaseUrl });
    await admin.connect();
    await admin.query('drop database if exists netwerkplein_bench_library');
    await admin.query('create database netwerkplein_bench_library');
    await admin.end();
    const url = new URL(args.databaseUrl);
    url.pathname = '/netwerkplein_bench_library';
    const handle = await openDatabase({ databaseUrl: url.toString(), pgliteDir: '', migrationsDir, poolSize: 10 });
    try { results.push(await measure('postgres', handle, args)); } finally { await handle.close(); }
  }
  if (args.engine !== 'postgres') {
    const handle = await openDatabase({ pgliteDir: 'memory://', migrationsDir });
    try { results.push(await measure('pglite', handle, args)); } finally { await handle.close(); }
  }
  console.log(`Dutch search, two words + two facets, ${args.examples} examples, ${args.runs} runs (goal: p95 ≤ ${goalMs} ms on PostgreSQL)`);
  console.log('engine    fill (s)  mean hits  p50 (ms)  p95 (ms)  max (ms)');
  for (const r of results) {
    console.log(`${r.engine.padEnd(9)} ${r.fillSeconds.toFixed(1).padStart(8)}  ${String(r.meanHits).padStart(9)}  ${r.p50.toFixed(2).padStart(8)}  ${r.p95.toFixed(2).padStart(8)}  ${r.max.toFixed(2).padStart(8)}`);
  }
  mkdirSync(path.join(projectRoot, 'bench', 'out'), { recursive: true });
  writeFileSync(path.join(projectRoot, 'bench', 'out', 'library-search.json'),
    JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, loadavg: os.loadavg(), results }, null, 2));
}

await main();
process.exit(0);
