// The built app on a fresh embedded database with demo data, for the Playwright suite. Mail goes
// over SMTP to a real SMTP peer in its own process (tests/e2e/smtp-peer.js), which the tests read.
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = './data/e2e';
rmSync(dir, { recursive: true, force: true });
const smtpPort = process.env.E2E_SMTP_PORT ?? '2526';
const peer = fork(new URL('../tests/e2e/smtp-peer.js', import.meta.url), { env: { ...process.env, E2E_SMTP_PORT: smtpPort } });
await new Promise((resolve, reject) => { peer.once('message', resolve); peer.once('error', reject); peer.once('exit', reject); });
process.env.PORT ??= '3100';
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
// Two real OpenID providers on loopback, as "Microsoft" and "Google" (tests/e2e/oidc-peer.js, ADR 025).
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 2527);
const providers = fork(new URL('../tests/e2e/oidc-peer.js', import.meta.url), { env: { ...process.env, E2E_OIDC_PORT: String(oidcPort), E2E_APP_ORIGIN: process.env.ORIGIN } });
await new Promise((resolve, reject) => { providers.once('message', resolve); providers.once('error', reject); providers.once('exit', reject); });
process.on('exit', () => { peer.kill(); providers.kill(); });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { peer.kill(); providers.kill(); process.exit(0); });
for (const [name, port] of [['MICROSOFT', oidcPort], ['GOOGLE', oidcPort + 1]]) {
  process.env[`OIDC_${name}_ISSUER`] = `http://127.0.0.1:${port}`;
  process.env[`OIDC_${name}_CLIENT_ID`] = `netwerkplein-${name.toLowerCase()}`;
  process.env[`OIDC_${name}_CLIENT_SECRET`] = `e2e-geheim-${name.toLowerCase()}`;
}

process.env.PGLITE_DIR = dir;
process.env.DEMO_MODE = 'true';
// The same body limit as `npm start` (scripts/start.js), so forms behave here as they do there.
process.env.BODY_SIZE_LIMIT = '2M';
// Every e2e login comes from 127.0.0.1; the limiter itself is tested in the integration suite.
process.env.LOGIN_RATE_LIMIT = '500';
delete process.env.DATABASE_URL;
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
await import('../build/index.js');

// The release of unconfirmed guest registrations on demand, as if `hoursAhead` hours had passed
// (ADR 031). The app cannot move its clock and must not offer a way to: production starts through
// scripts/start.js, which has none of this. Here a test drops `<id>.request.json` ({ activityId,
// hoursAhead }) into ./data/e2e-control; this process runs the release job's own three steps with
// that later `now`, only for that activity, through the very modules the app runs (found in the
// build by their function names, so they share its database handle), and answers `<id>.done.json`.
const control = './data/e2e-control';
rmSync(control, { recursive: true, force: true });
mkdirSync(control, { recursive: true });
const chunks = new URL('../build/server/chunks/', import.meta.url);

/** The built app's function `name`: from the chunk that defines it, the same module instance the app imported. */
async function builtFunction(name) {
  const files = readdirSync(chunks, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  for (const file of files) {
    const url = new URL(String(file), chunks);
    if (!readFileSync(url, 'utf8').includes(`function ${name}(`)) continue;
    const found = Object.values(await import(url.href)).find((value) => typeof value === 'function' && value.name === name);
    if (found) return found;
  }
  throw new Error(`e2e control: ${name} is not in the build`);
}

async function releaseUnconfirmedLater({ activityId, hoursAhead }) {
  const [list, mint, release] = await Promise.all(['listUnconfirmedPastDeadline', 'unconfirmedRegistrationForJob', 'releaseUnconfirmed'].map(builtFunction));
  const now = new Date(Date.now() + Number(hoursAhead) * 3_600_000);
  const due = (await list(now)).filter((row) => row.activityId === activityId);
  for (const row of due) await release(mint(row), now);
  return { released: due.length };
}

let busy = false;
setInterval(async () => {
  if (busy) return;
  busy = true;
  try {
    for (const file of readdirSync(control).filter((f) => f.endsWith('.request.json'))) {
      const id = file.slice(0, -'.request.json'.length);
      const request = JSON.parse(readFileSync(join(control, file), 'utf8'));
      rmSync(join(control, file));
      const answer = await releaseUnconfirmedLater(request).catch((err) => ({ error: String(err) }));
      writeFileSync(join(control, `${id}.done.json`), JSON.stringify(answer));
    }
  } finally {
    busy = false;
  }
}, 250).unref();
