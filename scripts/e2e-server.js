// The built app on a fresh embedded database with demo data, for the Playwright suite. Mail goes
// over SMTP to a real SMTP peer in its own process (tests/e2e/smtp-peer.js), which the tests read.
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';

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
