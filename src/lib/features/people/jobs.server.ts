// Maintenance of sign-in data on pg-boss's cron (ADR 022): one job an hour, in whichever process
// runs the workers; pg-boss queues one job per occurrence for the whole database.
import { z } from 'zod';
import { defineJob } from '$lib/server/jobs/queue';
import { deleteExpiredSignInData } from './mutations.server';

/** Expired login tokens and sessions, ended rate-limit windows (ADR 003, 019). Idempotent. */
export const signInCleanupJob = defineJob({
  name: 'people.cleanup',
  version: 1,
  payload: z.object({}),
  schedule: '7 * * * *',
  handler: async () => { await deleteExpiredSignInData(); }
});
