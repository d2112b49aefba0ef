#!/usr/bin/env node
// The facilitator's regional graph (ADR 047) at the size issue 15 names: 3,000 schools and
// 10,000 partners with their links, all shared with Samana, drawn by sigma.js in Chromium.
//
//   npm run build && node bench/network-map-regional.js [--schools 3000] [--partners 10000] [--runs 5] [--port 3413] [--database-url …]
//
// A database of its own (netwerkplein_bench_regional, dropped and created anew on the server of
// --database-url, default postgres://postgres@127.0.0.1:5432/postgres); the built app is started
// on it with the demo data, then the schools, partners and links are added in SQL (seeded random:
// every school holds 8–16 partners, a few partners are on hundreds of maps, most on a handful).
// Per run a fresh browser context signs in as Samana's facilitator and opens the regional page:
// time to first render = navigation start to sigma's first frame (performance mark
// 'regional-graph-rendered'); then the mouse drags the canvas 300 px, and the run checks the camera
// moved and counts the frames drawn during the drag. Results: a table and bench/out/network-map-regional.json.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const args = { schools: 3000, partners: 10_000, runs: 5, port: 3413, databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const value = process.argv[++i];
  if (a === '--schools') args.schools = Number(value);
  else if (a === '--partners') args.partners = Number(value);
  else if (a === '--runs') args.runs = Number(value);
  else if (a === '--port') args.port = Number(value);
  else if (a === '--database-url') args.databaseUrl = value;
  else throw new Error(`Unknown argument: ${a}`);
}
const dbName = 'netwerkplein_bench_regional';
const benchUrl = (() => { const u = new URL(args.databaseUrl); u.pathname = `/${dbName}`; return u.toString(); })();
const origin = `http://localhost:${args.port}`;

async function recreateDatabase() {
  const admin = new pg.Client({ connectionString: args.databaseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.query(`create database ${dbName}`);
  await admin.end();
}

function startApp() {
  const child = spawn(process.execPath, ['scripts/start.js'], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(args.port), ORIGIN: origin, DATABASE_URL: benchUrl, DEMO_MODE: 'true', JOBS_ENABLED: 'false' }
  });
  child.stderr.on('data', (d) => process.stderr.write(d));
  return child;
}

async function waitReady() {
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(`${origin}/readyz`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the app did not become ready');
}

// The regional data in SQL: partners skewed (partner k is picked with weight ~ 1/(k+1)), so the
// ranking has a head; schools spread over 60 municipalities.
async function generate() {
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  const categories = ['clb', 'bibliotheek', 'geloofsgemeenschap', 'caw', 'welzijn-zorg', 'armoede', 'sport', 'cultuur', 'buurt', 'stageplaatsen'];
  await client.query('begin');
  await client.query(`
    insert into schools (institution_number, name, street, postal_code, municipality, province, level, education_network)
    select (800000 + g)::text, 'Benchschool ' || g, 'Straat ' || g, '9000', 'Gemeente ' || (g % 60), 'oost-vlaanderen', 'secundair', 'vrij-gesubsidieerd'
    from generate_series(1, $1) g`, [args.schools]);
  await client.query(`insert into network_maps (school_id) select id from schools where name like 'Benchschool %'`);
  await client.query(`
    insert into map_partners (name, municipality, categories)
    select 'Benchpartner ' || g, 'Gemeente ' || (g % 60), array[($2::text[])[1 + g % array_length($2::text[], 1)]]
    from generate_series(1, $1) g`, [args.partners, categories]);
  await client.query(`
    with s as (select id, row_number() over (order by institution_number) as n from schools where name like 'Benchschool %' and $1::int > 0),
    p as (select id, row_number() over (order by name) as k from map_partners where name like 'Benchpartner %'),
    picks as (
      select distinct s.id as school_id,
        -- a skewed pick over the partners: small k far more often
        least($2::int, greatest(1, floor(exp(ln($2::int::float8) * ((hashint8(s.n * 100 + j) & 1048575)::float8 / 1048576.0)))::int)) as k
      from s, generate_series(1, 8 + (s.n % 9)::int) j)
    insert into map_links (school_id, partner_id, closeness)
    select picks.school_id, p.id, (array['kennen','informeren','afstemmen','samenwerken','overeenkomst'])[1 + (p.k % 5)]
    from picks join p on p.k = picks.k
    on conflict do nothing`, [args.schools, args.partners]);
  // Every partner is on at least one map (the 10,000 partners all drawn).
  await client.query(`
    insert into map_links (school_id, partner_id, closeness)
    select (select id from schools where institution_number = (800001 + (hashint4(p.n::int) & 2147483647) % $1)::text), p.id, 'kennen'
    from (select id, row_number() over (order by name) n from map_partners where name like 'Benchpartner %') p
    where not exists (select 1 from map_links l where l.partner_id = p.id)
    on conflict do nothing`, [args.schools]);
  await client.query(`
    insert into map_shares (school_id, organisation_id)
    select nm.school_id, o.id from network_maps nm join schools s on s.id = nm.school_id, organisations o
    where o.slug = 'samana' and s.name like 'Benchschool %'
    on conflict do nothing`);
  await client.query('commit');
  const { rows: [counts] } = await client.query(`
    select (select count(*) from map_shares ms join organisations o on o.id = ms.organisation_id where o.slug = 'samana')::int as schools,
           (select count(distinct partner_id) from map_links where school_id in (select school_id from map_shares ms join organisations o on o.id = ms.organisation_id where o.slug = 'samana'))::int as partners,
           (select count(*) from map_links where school_id in (select school_id from map_shares ms join organisations o on o.id = ms.organisation_id where o.slug = 'samana'))::int as links`);
  await client.end();
  return counts;
}

async function run(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.request.post(`${origin}/aanmelden?/password`, {
    form: { email: 'facilitator@demo.netwerkplein.example', password: 'netwerkplein-demo', terug: '/' }, headers: { origin, accept: 'text/html' }
  });
  const page = await context.newPage();
  const jsonBytes = { n: 0 };
  page.on('response', async (r) => { if (r.url().includes('/graaf.json')) jsonBytes.n = Number(r.headers()['content-length'] ?? (await r.body()).length); });
  const started = Date.now();
  const response = await page.goto(`${origin}/werkruimte/samana/netwerkkaarten/regio`);
  if (response?.status() !== 200) throw new Error(`page answered ${response?.status()}`);
  const html = (await response.text()).length;
  const graph = page.locator('.graph[data-frames]');
  await graph.waitFor({ timeout: 120_000 });
  const firstRender = await page.evaluate(() => performance.getEntriesByName('regional-graph-rendered')[0]?.startTime ?? null);
  const wall = Date.now() - started;
  // The graph sits below the tables: bring it into the viewport, or the drag lands beside it.
  await graph.scrollIntoViewIfNeeded();
  const box = await graph.boundingBox();
  const before = await graph.evaluate((el) => ({ x: Number(el.dataset.cameraX), y: Number(el.dataset.cameraY), frames: Number(el.dataset.frames) }));
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dragStart = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(cx + i * 10, cy + i * 4);
  await page.mouse.up();
  // On a loaded machine a frame may take seconds: wait until sigma drew one after the drag.
  await page.waitForFunction((n) => Number(document.querySelector('.graph')?.getAttribute('data-frames')) > n, before.frames, { timeout: 30_000 }).catch(() => {});
  const dragMs = Date.now() - dragStart;
  const after = await graph.evaluate((el) => ({ x: Number(el.dataset.cameraX), y: Number(el.dataset.cameraY), frames: Number(el.dataset.frames) }));
  await context.close();
  const panned = Math.hypot(after.x - before.x, after.y - before.y) > 0;
  return { firstRenderMs: Math.round(firstRender), wallMs: wall, htmlBytes: html, jsonBytes: jsonBytes.n, panned, framesDuringPan: after.frames - before.frames, panMs: dragMs };
}

await recreateDatabase();
const app = startApp();
try {
  await waitReady();
  const generated = await generate();
  console.log(`generated: ${generated.schools} schools sharing with Samana, ${generated.partners} partners, ${generated.links} links`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  const results = [];
  for (let i = 0; i < args.runs; i++) {
    const r = await run(browser);
    results.push(r);
    console.log(`run ${i + 1}: first render ${r.firstRenderMs} ms (wall ${r.wallMs} ms), panned ${r.panned}, ${r.framesDuringPan} frames in ${r.panMs} ms of panning, HTML ${r.htmlBytes} B, JSON ${r.jsonBytes} B`);
  }
  await browser.close();
  const sorted = results.map((r) => r.firstRenderMs).sort((a, b) => a - b);
  const summary = {
    date: new Date().toISOString(), machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, load: os.loadavg() }, generated, runs: results,
    medianFirstRenderMs: sorted[Math.floor(sorted.length / 2)], allPanned: results.every((r) => r.panned)
  };
  mkdirSync(path.join(root, 'bench/out'), { recursive: true });
  writeFileSync(path.join(root, 'bench/out/network-map-regional.json'), JSON.stringify(summary, null, 2));
  console.log(`median first render ${summary.medianFirstRenderMs} ms over ${results.length} runs; all panned: ${summary.allPanned}; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!summary.allPanned) process.exitCode = 1;
} finally {
  app.kill('SIGTERM');
}
