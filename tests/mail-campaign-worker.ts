// A campaign worker as a process of its own, for the crash test and bench/mail-campaign.js (ADR 058):
// it opens DATABASE_URL (PostgreSQL: a child process cannot share the parent's in-process PGlite),
// starts the sending engine's workers as the server does, runs the recovery pass of a worker's
// start, and sends over SMTP_URL until it is killed. MAIL_CAMPAIGN_KILL_AT makes it kill itself
// with SIGKILL at a chosen point (see jobs.server.ts). Run with tsx: `tsx tests/mail-campaign-worker.ts`.
import { openDatabase, useDatabase } from '../src/lib/server/db/client';
import { startWorkers } from '../src/lib/server/jobs/queue';
import { campaignJobs, recoverCampaigns } from '../src/lib/features/mail-campaigns/jobs.server';

if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required');
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, pgliteDir: 'memory://', migrationsDir: './drizzle', poolSize: 12 });
useDatabase(handle);
await startWorkers(campaignJobs, Number(process.env.POLLING_SECONDS ?? 0.5));
const recovered = await recoverCampaigns({ onStart: true });
console.log(`[worker] ${process.pid} ready; recovered ${recovered.resumed} campaign(s)`);
// The CPU this process used so far, every half second, so a bench can tell the engine's cost per
// mail from the time it waited for a core on a shared machine (a SIGKILL leaves the last sample).
const reportCpu = () => { const { user, system } = process.cpuUsage(); console.log(`[worker] cpu ${Math.round((user + system) / 1000)}`); };
setInterval(reportCpu, 500).unref();
process.once('SIGTERM', () => { reportCpu(); process.exit(0); });
