// The built app for the screenshot references (tests/e2e/visual.e2e.ts, ADR 034): its own embedded
// database with the demo data, which no other e2e test changes, and a clock fixed at one Monday
// morning, so every date, "nog 3 dagen" and school year on the pages is the same on every run.
// Mail stays in the outbox and no job runs: the screenshots need neither.
import { rmSync } from 'node:fs';
import { installFixedClock } from './fixed-clock.js';

/** Monday 7 December 2026, 10.00 in Brussels: in the demo's school year, before its activities. */
export const visualClockStart = new Date('2026-12-07T09:00:00Z');

installFixedClock(visualClockStart);
const dir = './data/e2e-visual';
rmSync(dir, { recursive: true, force: true });
process.env.PGLITE_DIR = dir;
process.env.PORT ??= '3101';
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
process.env.DEMO_MODE = 'true';
process.env.JOBS_ENABLED = 'false';
delete process.env.DATABASE_URL;
delete process.env.SMTP_URL;
await import('../../build/index.js');
