#!/usr/bin/env node
// The CSS budget of the public pages (issue 14): at most 20 KB of CSS, gzipped, in all, and no
// client JavaScript. Builds the app (unless --no-build), starts it on a fresh embedded demo database,
// fetches each public page anonymously, and gzips every stylesheet it links (and any inline <style>).
//
//   node bench/css-size.js [--no-build] [--port 3390] [--budget 20480]
//
// Prints one row per page (its CSS, raw and gzipped, and whether it has a <script>), then the union:
// each distinct stylesheet counted once, as a visitor going through all public pages downloads it.
// Exits 1 when the union is over budget or a public page sends a script.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const port = Number(option('--port', '3390'));
const budget = Number(option('--budget', String(20 * 1024)));
const base = `http://localhost:${port}`;

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dataDir = `/tmp/netwerkplein-css-size-${port}`;
rmSync(dataDir, { recursive: true, force: true });
const env = { ...process.env, PORT: String(port), ORIGIN: base, PGLITE_DIR: dataDir, DEMO_MODE: 'true' };
delete env.DATABASE_URL; // the embedded database, never a shared one
delete env.SMTP_URL;
const server = spawn('node', ['build/index.js'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit']
});
const stop = () => { server.kill(); rmSync(dataDir, { recursive: true, force: true }); };
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) return; } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

/** Every public page, with demo data behind it; the label page's path is read from a network page. */
async function publicPaths() {
  const activities = (await (await fetch(`${base}/api/v1/activities`)).json()).activities;
  const activity = `/activiteiten/${activities[0].organisation.slug}/${activities[0].slug}`;
  const network = '/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers';
  // (Registering asks a visitor to sign in first, so its form is not a public page.)
  return ['/', '/activiteiten', activity, `${activity}/reacties`, `${activity}/samen-reizen`,
    `${activity}/voorbereiding`, '/organisaties/samana', network, '/aanmelden', '/wachtwoord-vergeten'];
}

const sheets = new Map(); // href → { raw, gzip }
async function sheet(href) {
  if (!sheets.has(href)) {
    const text = await (await fetch(new URL(href, base))).text();
    sheets.set(href, { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  }
  return sheets.get(href);
}

try {
  await waitForServer();
  const rows = [];
  let scripts = 0;
  for (const path of await publicPaths()) {
    const response = await fetch(base + path);
    const html = await response.text();
    const hrefs = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /rel="stylesheet"/.test(tag))
      .map((tag) => new URL(/href="([^"]+)"/.exec(tag)[1], response.url).pathname);
    const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    let raw = Buffer.byteLength(inline);
    let gzip = inline ? gzipSync(inline, { level: 9 }).length : 0;
    for (const href of hrefs) { const s = await sheet(href); raw += s.raw; gzip += s.gzip; }
    const script = /<script[\s>]/.test(html);
    if (script) scripts++;
    rows.push({ page: path, status: response.redirected ? `→ ${new URL(response.url).pathname}` : response.status, sheets: hrefs.length, rawBytes: raw, gzipBytes: gzip, script });
  }
  console.table(rows);
  const union = [...sheets.values()].reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
  console.log(`All public pages: ${sheets.size} stylesheets, ${union.raw} bytes, ${union.gzip} bytes gzipped (budget ${budget}).`);
  console.log(`Pages with a <script>: ${scripts}.`);
  process.exitCode = union.gzip > budget || scripts > 0 ? 1 : 0;
} finally {
  stop();
}
