#!/usr/bin/env node
// Side-by-side benchmarks of three pages: the built SvelteKit app against a bare node:http + pg server
// (bench/bare-server.js) that runs the same queries and renders the same rows.
//
//   npm run build && node bench/run.js [--scenario all|member-list|overview|activity] [--scale 1] [--duration 20]
//     [--connections 50] [--skip-generate] [--warmup 500] [--rounds 1] [--app-entry build/index.js]
//     [--app-port 3101] [--bare-port 3102] [--database-url …]
//
// Scenarios (default: all, one after the other, on the same two server processes):
// - member-list: the public member list /organisaties/bench-org/netwerken/bench-network?schooljaar=2022-2023,
//   anonymous;
// - overview: a facilitator's learning-network overview
//   /werkruimte/bench-org/netwerken/bench-network/lerende-netwerken/2022-2023, signed in: run.js signs the
//   bench facilitator in through the app's own form (POST /aanmelden?/password) and sends its np_session
//   cookie with every request, to both servers (the bare server looks the session up in the same table);
// - activity: the public page of a study trip /activiteiten/bench-org/<BENCH_ACTIVITY_SLUG>, anonymous: programme
//   of 6 parts, 2 extras and the seats left computed from its 220 registrations (see bench/generate.js).
// Steps: generate data (bench/generate.js) unless --skip-generate; start `node build/index.js` on 3101
// (LOGIN_RATE_LIMIT=1000) and the bare server on 3102 (both on PostgreSQL, pool size 10); per scenario:
// check both pages show the same content, warm both up, run autocannon against the app, then the bare
// server, print a table and write bench/out/<scenario>.json. Both servers are stopped at the end, also on
// failure. Localhost only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  BENCH_ACTIVITY_SLUG, BENCH_FACILITATOR_EMAIL, BENCH_FACILITATOR_PASSWORD, BENCH_NETWORK_SLUG, BENCH_ORG_SLUG, BENCH_YEAR, DEFAULT_DATABASE_URL,
  generate, projectRoot
} from './generate.js';

const outDir = path.join(projectRoot, 'bench', 'out');
const yearLabel = `${BENCH_YEAR}-${BENCH_YEAR + 1}`;
const SCENARIOS = {
  'member-list': {
    title: 'public member-list page vs bare node:http + pg',
    path: `/organisaties/${BENCH_ORG_SLUG}/netwerken/${BENCH_NETWORK_SLUG}?schooljaar=${yearLabel}`,
    signedIn: false,
    goal: 0.5
  },
  overview: {
    title: 'learning-network overview page (signed-in facilitator) vs bare node:http + pg',
    path: `/werkruimte/${BENCH_ORG_SLUG}/netwerken/${BENCH_NETWORK_SLUG}/lerende-netwerken/${yearLabel}`,
    signedIn: true,
    goal: null
  },
  activity: {
    title: 'public activity page vs bare node:http + pg',
    path: `/activiteiten/${BENCH_ORG_SLUG}/${BENCH_ACTIVITY_SLUG}`,
    signedIn: false,
    goal: null
  }
};

function parseArgs(argv) {
  const args = {
    scenario: 'all', scale: 1, duration: 20, connections: 50, warmup: 500, rounds: 1, skipGenerate: false,
    appPort: 3101, barePort: 3102, appEntry: path.join(projectRoot, 'build', 'index.js'), databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--scenario') args.scenario = argv[++i];
    else if (a === '--scale') args.scale = Number(argv[++i]);
    else if (a === '--duration') args.duration = Number(argv[++i]);
    else if (a === '--connections') args.connections = Number(argv[++i]);
    else if (a === '--warmup') args.warmup = Number(argv[++i]);
    else if (a === '--rounds') args.rounds = Number(argv[++i]);
    else if (a === '--skip-generate') args.skipGenerate = true;
    else if (a === '--app-port') args.appPort = Number(argv[++i]);
    else if (a === '--bare-port') args.barePort = Number(argv[++i]);
    else if (a === '--database-url') args.databaseUrl = argv[++i];
    else if (a === '--app-entry') args.appEntry = path.resolve(argv[++i]);
    else throw new Error(`Unknown argument: ${a}`);
  }
  for (const k of ['scale', 'duration', 'connections', 'rounds', 'appPort', 'barePort']) {
    if (!(args[k] > 0)) throw new Error(`--${k} must be a positive number`);
  }
  if (args.scenario !== 'all' && !SCENARIOS[args.scenario]) throw new Error(`--scenario must be all, ${Object.keys(SCENARIOS).join(' or ')}`);
  const host = new URL(args.databaseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('The benchmark only runs against a local database');
  return args;
}

// ---------- child processes ----------

const children = new Set();

function startProcess(name, command, argv, env) {
  mkdirSync(outDir, { recursive: true });
  const log = createWriteStream(path.join(outDir, `${name}.log`));
  const child = spawn(command, argv, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.exitInfo = null;
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => { child.exitInfo = { code, signal }; resolve(); }));
  child.benchName = name;
  children.add(child);
  return child;
}

async function stopProcess(child) {
  if (child.exitInfo) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.exitInfo || child.kill('SIGKILL'), 5000);
  await child.exited;
  clearTimeout(timer);
  children.delete(child);
}

async function stopAll() {
  await Promise.all([...children].map(stopProcess));
}

async function waitForHealthy(child, url, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitInfo) {
      throw new Error(`${child.benchName} exited during start-up (${JSON.stringify(child.exitInfo)}); see bench/out/${child.benchName}.log`);
    }
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${child.benchName} did not answer 200 on ${url} within ${timeoutMs / 1000} s; see bench/out/${child.benchName}.log`);
}

// ---------- correctness check ----------

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) => {
    const lower = e.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1)));
  });
}

/** The first cell of every body row of the member table, comments (Svelte's hydration markers) removed. */
function schoolNames(html) {
  const start = html.indexOf('aria-labelledby="members-heading"');
  if (start < 0) return null;
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html.slice(start));
  if (!body) return null;
  const cleaned = body[1].replace(/<!--[\s\S]*?-->/g, '');
  return [...cleaned.matchAll(/<tr><td>([\s\S]*?)<\/td>/g)].map((m) => decodeEntities(m[1]).trim());
}

async function fetchPage(url, headers = {}) {
  const res = await fetch(url, { headers, redirect: 'manual' });
  const html = await res.text();
  return { status: res.status, html, bytes: Buffer.byteLength(html) };
}

async function checkSameRows(appUrl, bareUrl, expectedCount) {
  const [app, bare] = await Promise.all([fetchPage(appUrl), fetchPage(bareUrl)]);
  if (app.status !== 200 || bare.status !== 200) throw new Error(`Page status: app ${app.status}, bare ${bare.status}`);
  const a = schoolNames(app.html);
  const b = schoolNames(bare.html);
  if (!a || !b) throw new Error(`No member table found in the ${!a ? 'app' : 'bare'} response`);
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  const same = sortedA.length === sortedB.length && sortedA.every((n, i) => n === sortedB[i]);
  if (!same) {
    const onlyA = sortedA.filter((n) => !sortedB.includes(n)).slice(0, 5);
    const onlyB = sortedB.filter((n) => !sortedA.includes(n)).slice(0, 5);
    throw new Error(`The app and the bare server list different schools: app ${a.length} rows, bare ${b.length} rows; `
      + `only in app: ${JSON.stringify(onlyA)}; only in bare: ${JSON.stringify(onlyB)}`);
  }
  if (expectedCount !== undefined && a.length !== expectedCount) {
    throw new Error(`Expected ${expectedCount} member rows, both servers show ${a.length}`);
  }
  // The members chart (if the page has one) must show the same figures too.
  const chartOf = (html) => /<desc id="chart-desc">([\s\S]*?)<\/desc>/.exec(html)?.[1].replace(/<!--[\s\S]*?-->/g, '') ?? null;
  if (chartOf(app.html) !== chartOf(bare.html)) {
    throw new Error(`The members chart differs: app ${JSON.stringify(chartOf(app.html))}, bare ${JSON.stringify(chartOf(bare.html))}`);
  }
  const sameOrder = a.every((n, i) => n === b[i]);
  sameMainContent(app.html, bare.html);
  return { rows: a.length, sameOrder, appBytes: app.bytes, bareBytes: bare.bytes };
}

/** The visible text of <main> (tags, comments and Svelte's hydration markers removed, entities decoded). */
function mainText(html) {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html.replace(/<!--[\s\S]*?-->/g, ''))?.[0] ?? '';
  return decodeEntities(main.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Same visible text in <main>, and the same number of rows, list items and forms. */
function sameMainContent(appHtml, bareHtml) {
  const a = mainText(appHtml);
  const b = mainText(bareHtml);
  if (a !== b) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    throw new Error(`The pages' main content differs at character ${i}: app …${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}…, `
      + `bare …${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}…`);
  }
  for (const tag of ['tr', 'li', 'form', 'input']) {
    const count = (html) => (/<main\b[\s\S]*?<\/main>/.exec(html)?.[0].match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
    if (count(appHtml) !== count(bareHtml)) throw new Error(`<${tag}> count differs: app ${count(appHtml)}, bare ${count(bareHtml)}`);
  }
  return a.length;
}

/** The overview: member rows (school, municipality, attendance), never attended, meetings and changes. */
async function checkOverview(appUrl, bareUrl, headers) {
  const [app, bare] = await Promise.all([fetchPage(appUrl, headers), fetchPage(bareUrl, headers)]);
  if (app.status !== 200 || bare.status !== 200) throw new Error(`Page status: app ${app.status}, bare ${bare.status} (is the session cookie valid?)`);
  const rowsOf = (html) => {
    const body = /<caption[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html.replace(/<!--[\s\S]*?-->/g, ''));
    return body ? [...body[1].matchAll(/<tr><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td>/g)].map((m) => m.slice(1, 4).map(decodeEntities).join(' | ')) : null;
  };
  const a = rowsOf(app.html);
  const b = rowsOf(bare.html);
  if (!a || !b) throw new Error(`No member table found in the ${!a ? 'app' : 'bare'} response`);
  if (a.length !== b.length || a.some((row, i) => row !== b[i])) {
    const i = a.findIndex((row, k) => row !== b[k]);
    throw new Error(`The member rows differ: app ${a.length} rows, bare ${b.length}; first difference at ${i}: ${JSON.stringify(a[i])} vs ${JSON.stringify(b[i])}`);
  }
  const textChars = sameMainContent(app.html, bare.html);
  const recorded = a.filter((row) => /\d+ van \d+/.test(row)).length;
  return { rows: a.length, rowsWithAttendance: recorded, textChars, appBytes: app.bytes, bareBytes: bare.bytes };
}

/** The activity page: same main text and markup counts, and the seats left the data says. */
async function checkActivity(appUrl, bareUrl, generatedActivity) {
  const [app, bare] = await Promise.all([fetchPage(appUrl), fetchPage(bareUrl)]);
  if (app.status !== 200 || bare.status !== 200) throw new Error(`Page status: app ${app.status}, bare ${bare.status} (was the data generated by this version of bench/generate.js?)`);
  const textChars = sameMainContent(app.html, bare.html);
  const text = mainText(app.html);
  const seats = /Nog (\d+) van de (\d+) plaatsen vrij/.exec(text) ?? /Volzet \((\d+) plaatsen\)/.exec(text);
  if (!seats) throw new Error('No seats-left sentence found on the activity page');
  const [seatsLeft, capacity] = seats.length === 3 ? [Number(seats[1]), Number(seats[2])] : [0, Number(seats[1])];
  if (generatedActivity && (capacity !== generatedActivity.capacity || seatsLeft !== generatedActivity.capacity - generatedActivity.seatsTaken)) {
    throw new Error(`The page shows ${seatsLeft} of ${capacity} seats left; the data has ${generatedActivity.seatsTaken} of ${generatedActivity.capacity} taken`);
  }
  const main = /<main\b[\s\S]*?<\/main>/.exec(app.html.replace(/<!--[\s\S]*?-->/g, ''))?.[0] ?? '';
  const programmeItems = (/<ol>([\s\S]*?)<\/ol>/.exec(main)?.[1].match(/<li>/g) ?? []).length;
  return { seatsLeft, capacity, programmeItems, textChars, appBytes: app.bytes, bareBytes: bare.bytes };
}

// ---------- signing in ----------

/** Signs the bench facilitator in through the app's password form; returns the np_session cookie. */
async function signIn(appBase, appPort) {
  const res = await fetch(`${appBase}/aanmelden?/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { accept: 'text/html', origin: `http://localhost:${appPort}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: BENCH_FACILITATOR_EMAIL, password: BENCH_FACILITATOR_PASSWORD }).toString()
  });
  await res.arrayBuffer();
  const cookie = res.headers.getSetCookie().map((c) => /^np_session=([^;]+)/.exec(c)?.[1]).find(Boolean);
  if (res.status !== 303 || !cookie) {
    throw new Error(`Signing in as ${BENCH_FACILITATOR_EMAIL} failed: HTTP ${res.status}${cookie ? '' : ', no np_session cookie'} `
      + '(was the data generated by this version of bench/generate.js?)');
  }
  return `np_session=${cookie}`;
}

// ---------- CPU accounting (Linux /proc; null elsewhere) ----------

const ticksPerSecond = 100; // USER_HZ on Linux

function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond; // utime + stime
  } catch {
    return null;
  }
}

/** CPU seconds per PostgreSQL process (pid → seconds); deltas are taken per pid so exiting backends never count negative. */
function postgresCpuByPid() {
  if (!existsSync('/proc/self/stat')) return null;
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      byPid.set(entry, cpuSecondsOf(entry) ?? 0);
    } catch {
      // process went away
    }
  }
  return byPid;
}

function postgresCpuDelta(before, after) {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** CPU seconds all processes on the machine spent busy (not idle or waiting for I/O), from /proc/stat. */
function systemBusySeconds() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = v;
    return (user + nice + system + irq + softirq + (steal ?? 0)) / ticksPerSecond;
  } catch {
    return null;
  }
}

// ---------- load ----------

async function load(url, { connections, duration, amount, headers }) {
  return autocannon({ url, connections, headers, ...(amount ? { amount } : { duration }), timeout: 10 });
}

async function measure(name, child, url, args, headers) {
  const cpu0 = cpuSecondsOf(child.pid);
  const pg0 = postgresCpuByPid();
  const self0 = process.cpuUsage();
  const sys0 = systemBusySeconds();
  const result = await load(url, { connections: args.connections, duration: args.duration, headers });
  const self1 = process.cpuUsage(self0);
  const cpu1 = cpuSecondsOf(child.pid);
  const pg1 = postgresCpuByPid();
  const sys1 = systemBusySeconds();
  const seconds = result.duration;
  const round = (x, d = 1) => (x === null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
  const perSecond = (a, b) => (a === null || b === null ? null : (b - a) / seconds);
  const server = perSecond(cpu0, cpu1);
  const pgDelta = postgresCpuDelta(pg0, pg1);
  const postgres = pgDelta === null ? null : pgDelta / seconds;
  const loadGenerator = (self1.user + self1.system) / 1e6 / seconds;
  const machine = perSecond(sys0, sys1);
  return {
    name,
    url,
    requestsPerSecond: round(result.requests.average),
    requestsTotal: result.requests.total,
    latencyMs: { average: round(result.latency.average, 2), p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    throughputBytesPerSecond: Math.round(result.throughput.average),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: round(seconds, 2),
    // CPU use during the measured run, in cores (1.0 = one core fully busy). "other" is everything else
    // on the machine in that time (a shared machine makes the figures noisy; see docs/performance.md).
    cpuCores: {
      server: round(server, 2),
      postgres: round(postgres, 2),
      loadGenerator: round(loadGenerator, 2),
      machine: round(machine, 2),
      other: machine === null || server === null || postgres === null ? null : round(machine - server - postgres - loadGenerator, 2)
    },
    serverCpuMsPerRequest: server === null ? null : round((server * 1000) / result.requests.average, 2)
  };
}

function printTable(rows, ratio, goal) {
  const header = ['server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'CPU srv', 'CPU pg', 'CPU load', 'CPU other', 'srv ms/req'];
  const lines = rows.map((r) => [r.name, r.requestsPerSecond, r.latencyMs.p50, r.latencyMs.p99, r.non2xx, r.errors,
    r.cpuCores.server, r.cpuCores.postgres, r.cpuCores.loadGenerator, r.cpuCores.other, r.serverCpuMsPerRequest].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${fmt(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines) console.log(fmt(l));
  console.log(`\napp / bare throughput: ${ratio.toFixed(3)}${goal ? ` (goal ≥ ${goal}: ${ratio >= goal ? 'met' : 'NOT met'})` : ' (no goal set)'}\n`);
}

/** HEAD's short hash, with "+changes" when the working tree differs from it (null without git). */
function gitDescription() {
  const git = (argv) => spawnSync('git', ['--no-optional-locks', ...argv], { cwd: projectRoot, encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return null;
  const dirty = git(['status', '--porcelain', '--untracked-files=no', '--', 'src', 'svelte.config.js', 'package.json']).stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+changes' : ''}`;
}

// ---------- main ----------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const buildEntry = args.appEntry;
  if (!existsSync(buildEntry)) {
    console.error(`[bench] ${path.relative(projectRoot, buildEntry)} is missing: run \`npm run build\` first (the benchmark measures the production build).`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const loadAverageAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);

  let generated = null;
  if (!args.skipGenerate) {
    generated = await generate({ scale: args.scale, databaseUrl: args.databaseUrl });
  } else {
    console.log('[bench] --skip-generate: using the existing database');
  }

  const appBase = `http://127.0.0.1:${args.appPort}`;
  const bareBase = `http://127.0.0.1:${args.barePort}`;

  console.log(`[bench] starting the app (node ${path.relative(projectRoot, buildEntry)}) on ${args.appPort}`);
  const app = startProcess('app', process.execPath, [buildEntry], {
    DATABASE_URL: args.databaseUrl, PORT: String(args.appPort), HOST: '127.0.0.1', ORIGIN: `http://localhost:${args.appPort}`,
    DEMO_MODE: 'false', JOBS_ENABLED: 'false', NODE_ENV: 'production', LOGIN_RATE_LIMIT: '1000'
  });
  console.log(`[bench] starting the bare node:http + pg server on ${args.barePort}`);
  const bare = startProcess('bare', process.execPath, [path.join(projectRoot, 'bench', 'bare-server.js'),
    '--port', String(args.barePort), '--host', '127.0.0.1', '--database-url', args.databaseUrl], { NODE_ENV: 'production' });
  await Promise.all([waitForHealthy(app, `${appBase}/healthz`), waitForHealthy(bare, `${bareBase}/healthz`)]);

  const scenarios = args.scenario === 'all' ? Object.keys(SCENARIOS) : [args.scenario];
  for (const scenario of scenarios) {
    await runScenario(scenario, { args, app, bare, appBase, bareBase, generated, loadAverageAtStart });
  }
}

async function runScenario(scenario, { args, app, bare, appBase, bareBase, generated, loadAverageAtStart }) {
  const { title, path: pagePath, signedIn, goal } = SCENARIOS[scenario];
  console.log(`\n[bench] ===== ${scenario}: ${title} =====`);
  let headers;
  let check;
  if (scenario === 'activity') {
    check = await checkActivity(`${appBase}${pagePath}`, `${bareBase}${pagePath}`, generated?.benchActivity);
    console.log(`[bench] both pages show the same main text (${check.textChars} characters): ${check.programmeItems} programme parts, `
      + `${check.seatsLeft} of ${check.capacity} seats left; page size app ${check.appBytes} B, bare ${check.bareBytes} B`);
  } else if (signedIn) {
    headers = { cookie: await signIn(appBase, args.appPort) };
    console.log('[bench] signed in as the bench facilitator through POST /aanmelden?/password');
    check = await checkOverview(`${appBase}${pagePath}`, `${bareBase}${pagePath}`, headers);
    console.log(`[bench] both pages show the same ${check.rows} member rows (${check.rowsWithAttendance} with an attendance rate) `
      + `and the same main text; page size app ${check.appBytes} B, bare ${check.bareBytes} B`);
  } else {
    check = await checkSameRows(`${appBase}${pagePath}`, `${bareBase}${pagePath}`, generated?.benchMembers);
    console.log(`[bench] both pages list the same ${check.rows} schools (same order: ${check.sameOrder}) and the same main text; `
      + `page size app ${check.appBytes} B, bare ${check.bareBytes} B`);
  }

  for (const [name, base] of [['app', appBase], ['bare', bareBase]]) {
    const warm = await load(`${base}${pagePath}`, { connections: 10, amount: args.warmup, headers });
    console.log(`[bench] warm-up ${name}: ${warm.requests.total} requests, ${warm.non2xx} non-2xx, ${warm.errors} errors`);
  }

  // Each round measures the app, then the bare server. With --rounds > 1 the summary is the median round
  // (by ratio), which damps the noise of a shared machine; every round is kept in the report.
  const rounds = [];
  for (let round = 1; round <= args.rounds; round++) {
    const results = [];
    for (const [name, child, base] of [['app', app, appBase], ['bare', bare, bareBase]]) {
      const label = args.rounds > 1 ? ` (round ${round}/${args.rounds})` : '';
      console.log(`[bench] measuring ${name}${label}: ${args.connections} connections for ${args.duration} s …`);
      results.push(await measure(name, child, `${base}${pagePath}`, args, headers));
    }
    const ratio = results[0].requestsPerSecond / results[1].requestsPerSecond;
    if (args.rounds > 1) printTable(results, ratio, goal);
    rounds.push({ app: results[0], bare: results[1], ratio: Math.round(ratio * 1000) / 1000 });
  }
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor((rounds.length - 1) / 2)];
  const { app: appResult, bare: bareResult } = median;
  const ratio = appResult.requestsPerSecond / bareResult.requestsPerSecond;
  if (args.rounds > 1) console.log(`[bench] ${scenario}: median round of ${rounds.length}:`);
  printTable([appResult, bareResult], ratio, goal);
  // More than 0.6 of a core busy elsewhere on a 2-core machine skews the comparison.
  const contended = rounds.some((r) => (r.app.cpuCores.other ?? 0) > 0.6 || (r.bare.cpuCores.other ?? 0) > 0.6);
  if (contended) {
    console.warn('[bench] warning: other processes used a lot of CPU during a measurement (see cpuCores.other); '
      + 'compare serverCpuMsPerRequest or rerun on a quiet machine.');
  }

  const report = {
    benchmark: title,
    scenario,
    command: `node bench/run.js ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    // The checkout the benchmark ran in; the app build under test may be older (see --app-entry).
    commit: gitDescription(),
    machine: {
      cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version,
      platform: `${os.platform()} ${os.release()}`, totalMemoryGiB: Math.round(os.totalmem() / 2 ** 30),
      loadAverageAtStart, loadAverageAtScenarioStart: os.loadavg().map((x) => Math.round(x * 100) / 100)
    },
    database: args.databaseUrl.replace(/\/\/[^@]*@/, '//'),
    scale: args.scale,
    generated: generated?.counts ?? null,
    page: pagePath,
    signedIn,
    check,
    pageBytes: { app: check.appBytes, bare: check.bareBytes },
    connections: args.connections,
    durationSeconds: args.duration,
    rounds: args.rounds,
    app: appResult,
    bare: bareResult,
    ratio: Math.round(ratio * 1000) / 1000,
    cpuMsPerRequestRatio: appResult.serverCpuMsPerRequest && bareResult.serverCpuMsPerRequest
      ? Math.round((bareResult.serverCpuMsPerRequest / appResult.serverCpuMsPerRequest) * 1000) / 1000 : null,
    contended,
    allRounds: args.rounds > 1 ? rounds : undefined,
    goal: goal ? { minimumRatio: goal, met: ratio >= goal } : null
  };
  writeFileSync(path.join(outDir, `${scenario}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`[bench] wrote bench/out/${scenario}.json`);
  for (const r of rounds.flatMap((x) => [x.app, x.bare])) {
    if (r.non2xx > 0 || r.errors > 0) console.warn(`[bench] warning: ${r.name} had ${r.non2xx} non-2xx responses and ${r.errors} errors`);
  }
}

let exitCode = 0;
const onSignal = (signal) => {
  console.error(`[bench] ${signal}: stopping the servers`);
  stopAll().finally(() => process.exit(130));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
try {
  await main();
} catch (err) {
  console.error(`[bench] FAILED: ${err.message}`);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);
