// The built app on a fresh embedded database with demo data, for the Playwright suite.
import { rmSync } from 'node:fs';

const dir = './data/e2e';
rmSync(dir, { recursive: true, force: true });
process.env.PGLITE_DIR = dir;
process.env.PORT ??= '3100';
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
process.env.DEMO_MODE = 'true';
// Every e2e login comes from 127.0.0.1; the limiter itself is tested in the integration suite.
process.env.LOGIN_RATE_LIMIT = '500';
delete process.env.DATABASE_URL;
delete process.env.SMTP_URL;
await import('../build/index.js');
