// Server start: open the database (migrations run on open), seed the demo, start job workers.
import type { z } from 'zod';
import { accountRequestsCleanupJob, unconfirmedRegistrationsReleaseJob } from '$lib/features/accounts/jobs.server';
import { importPreviewCleanupJob } from '$lib/features/learning-networks/jobs.server';
import { mailJobs } from '$lib/features/mail/jobs.server';
import { campaignJobs, recoverCampaigns } from '$lib/features/mail-campaigns/jobs.server';
import { stopCampaignWorker } from '$lib/features/mail-campaigns/mutations.server';
import { meetingNotifyJob } from '$lib/features/meetings/jobs.server';
import { signInCleanupJob } from '$lib/features/people/jobs.server';
import { registrationReminderJob } from '$lib/features/registrations/jobs.server';
import { openDatabase, useDatabase, type DatabaseHandle } from './db/client';
import { seedDemoData } from './db/seed-demo';
import { readEnv } from './env';
import { startWorkers, stopQueue, type JobDefinition } from './jobs/queue';
import { closeSmtp } from './mail/transport';

/** Every job the platform knows; each domain adds its own definitions here. */
export const allJobs = [
  ...mailJobs, ...campaignJobs, meetingNotifyJob, registrationReminderJob, signInCleanupJob, importPreviewCleanupJob, accountRequestsCleanupJob,
  unconfirmedRegistrationsReleaseJob
] as unknown as JobDefinition<z.ZodType>[];

let booted: Promise<DatabaseHandle> | undefined;

export function boot(): Promise<DatabaseHandle> {
  booted ??= (async () => {
    const env = readEnv();
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, migrationsDir: env.MIGRATIONS_DIR });
    useDatabase(handle);
    if (env.DEMO_MODE && (await seedDemoData(handle.db))) console.log('[boot] demo data seeded');
    if (env.JOBS_ENABLED) {
      await startWorkers(allJobs);
      // Campaign rows a killed worker left `sending` go out again now, not at the next minute (ADR 058).
      await recoverCampaigns({ onStart: true });
    }
    // adapter-node emits this after it stopped taking requests: finish jobs, then flush the database.
    process.once('sveltekit:shutdown', async () => {
      await stopQueue();
      await stopCampaignWorker();
      closeSmtp();
      await handle.close();
    });
    console.log(`[boot] database ready (${handle.kind})`);
    return handle;
  })();
  return booted;
}

/** 'pglite' or 'postgres', for /healthz; only meaningful after boot(). */
export async function databaseKind(): Promise<DatabaseHandle['kind']> {
  return (await boot()).kind;
}
