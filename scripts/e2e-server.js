// The built app on a fresh embedded database with demo data, for the Playwright suite. Mail goes
// over SMTP to a real SMTP peer in its own process (tests/e2e/smtp-peer.js), which the tests read.
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';

const dir = './data/e2e';
rmSync(dir, { recursive: true, force: true });
const smtpPort = process.env.E2E_SMTP_PORT ?? '2526';
const peer = fork(new URL('../tests/e2e/smtp-peer.js', import.meta.url), { env: { ...process.env, E2E_SMTP_PORT: smtpPort } });
await new Promise((resolve, reject) => { peer.once('message', resolve); peer.once('error', reject); peer.once('exit', reject); });
process.on('exit', () => peer.kill());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { peer.kill(); process.exit(0); });

process.env.PGLITE_DIR = dir;
process.env.PORT ??= '3100';
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
process.env.DEMO_MODE = 'true';
// The same body limit as `npm start` (scripts/start.js), so forms behave here as they do there.
process.env.BODY_SIZE_LIMIT = '2M';
// Every e2e login comes from 127.0.0.1; the limiter itself is tested in the integration suite.
process.env.LOGIN_RATE_LIMIT = '500';
delete process.env.DATABASE_URL;
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
await import('../build/index.js');
