// Time until a school's network map of 300 partners is drawn and interactive in Chromium
// (issue 15: goal ≤ 300 ms; ADR 045). Needs `npm run build` first.
//
//   node bench/network-map-draw.js --port 3411 [--runs 15] [--partners 300]
//       starts the built app on that port with a fresh embedded database and the demo data
//   node bench/network-map-draw.js --origin http://localhost:3411
//       uses an app you started (DEMO_MODE=true); partners are added until the map has --partners
//
// The map is filled through the app's own form action (toevoegen?/add, as the coordinator of
// Sint-Jozefsinstituut), so every row went through the real mutation. Each run opens the map page in
// a new tab of one browser context (the cytoscape chunk cached after the first, cold, run) and reads
// two figures the page records (MapGraph.svelte): the `map-graph` measure, from the component's
// mount to cytoscape's first render, and the `map-graph-ready` mark, from navigation start. After
// each run it presses ArrowRight on the graph and checks the panel names a partner (interactive).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1] ?? '']] : pairs), []));
const runs = Number(args.runs ?? 15);
const partners = Number(args.partners ?? 300);
const school = '913204';
const password = 'netwerkplein-demo';
const categories = ['clb', 'bibliotheek', 'geloofsgemeenschap', 'hoger-onderwijs', 'integrale-jeugdhulp', 'kind-en-gezin', 'caw', 'welzijn-zorg', 'armoede', 'serviceclubs', 'brugfiguren', 'lokaal-overleg', 'sport', 'cultuur', 'politie-justitie', 'buurt', 'ouders-oud-leerlingen', 'stageplaatsen', 'informeel'];
const closeness = ['kennen', 'informeren', 'afstemmen', 'samenwerken', 'overeenkomst'];

let app = null;
let dataDir = null;
let origin = args.origin;
if (!origin) {
  if (!args.port) throw new Error('Give --port <free port> (the bench starts the built app) or --origin <url of a started app>.');
  origin = `http://localhost:${args.port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'map-bench-'));
  app = spawn('node', ['scripts/start.js'], {
    env: { ...process.env, PORT: args.port, PGLITE_DIR: dataDir, DEMO_MODE: 'true', ORIGIN: origin, JOBS_ENABLED: 'false' },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  for (let i = 0; ; i++) {
    if (i > 600) throw new Error('The app did not start within 10 minutes.');
    const up = await fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const round = (n) => Math.round(n * 10) / 10;
const loadBefore = loadavg();

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const signIn = await context.request.post(`${origin}/aanmelden?/password`, {
    form: { email: 'coordinator@demo.netwerkplein.example', password, terug: '/' }, headers: { origin, accept: 'text/html' }, maxRedirects: 0
  });
  if (signIn.status() >= 400) throw new Error(`Sign-in failed: ${signIn.status()}`);

  // Fill the map up to the number of partners asked for, through the add action.
  const mapUrl = `${origin}/school/${school}/netwerkkaart`;
  const counter = await context.newPage();
  await counter.route('**/_app/**', (route) => route.abort());
  await counter.goto(mapUrl);
  let have = await counter.locator('table tbody tr').count();
  await counter.close();
  const started = Date.now();
  for (let i = have; i < partners; i++) {
    const form = {
      partnerName: `Benchpartner ${String(i).padStart(3, '0')}`, category: categories[i % categories.length], municipality: 'Mechelen',
      closeness: closeness[i % closeness.length], nature: 'Partner voor de meting', contactRole: '', contactPersonId: '', sinceYear: '', notes: '',
      ...(i % 2 === 0 ? { forPupils: 'on' } : {}), ...(i % 3 === 0 ? { forParents: 'on' } : {}), ...(i % 5 === 0 ? { forTeam: 'on' } : {})
    };
    const res = await context.request.post(`${mapUrl}/toevoegen?/add`, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
    if (res.status() !== 303) throw new Error(`Adding partner ${i} answered ${res.status()}: ${(await res.text()).slice(0, 300)}`);
    have = i + 1;
  }
  const fillSeconds = (Date.now() - started) / 1000;

  const samples = [];
  for (let run = 0; run < runs + 1; run++) {
    const page = await context.newPage();
    await page.goto(mapUrl);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    const figures = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return {
      graph: performance.getEntriesByName('map-graph')[0]?.duration ?? NaN,
      fromNavigation: performance.getEntriesByName('map-graph-ready')[0]?.startTime ?? NaN,
      // Where the time goes: the chunk's import, cytoscape's construction (style, elements, fit), the first frame.
      importMs: at('map-graph-imported') - at('map-graph-start'),
      createMs: at('map-graph-created') - at('map-graph-imported'),
      firstFrameMs: at('map-graph-ready') - at('map-graph-created'),
      nodes: document.querySelectorAll('table tbody tr').length
      };
    });
    await page.locator('[data-ready="true"]').focus();
    await page.keyboard.press('ArrowRight');
    const panel = await page.locator('#map-graph-panel .name').textContent({ timeout: 5_000 });
    if (!panel) throw new Error('The graph did not answer the keyboard.');
    if (figures.nodes !== partners) throw new Error(`The map shows ${figures.nodes} partners, not ${partners}.`);
    samples.push({ run, ...figures });
    await page.close();
  }

  const [cold, ...warm] = samples;
  const summary = (key) => ({ median: round(quantile(warm.map((s) => s[key]), 0.5)), p95: round(quantile(warm.map((s) => s[key]), 0.95)), max: round(Math.max(...warm.map((s) => s[key]))) });
  console.log(JSON.stringify({
    partners, runs: warm.length, fillSeconds: round(fillSeconds),
    mountToDrawnMs: summary('graph'), navigationToDrawnMs: summary('fromNavigation'),
    phasesMedianMs: { import: summary('importMs').median, create: summary('createMs').median, firstFrame: summary('firstFrameMs').median },
    coldRun: { mountToDrawnMs: round(cold.graph), navigationToDrawnMs: round(cold.fromNavigation) },
    goalMs: 300,
    machine: { cpus: cpus().length, loadavgBefore: loadBefore.map(round), loadavgAfter: loadavg().map(round) }
  }, null, 2));
} finally {
  await browser.close();
  if (app) {
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
