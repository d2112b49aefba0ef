// Maintenance of pending account requests on pg-boss's cron (ADR 022, 025).
import { z } from 'zod';
import { defineJob } from '$lib/server/jobs/queue';
import { deleteExpiredAccountRequests } from './mutations.server';

/** Expired sign-ups (unconfirmed after `signUpLifetimeDays`) and abandoned external sign-ins. Idempotent. */
export const accountRequestsCleanupJob = defineJob({
  name: 'accounts.cleanup',
  version: 1,
  payload: z.object({}),
  schedule: '17 * * * *',
  handler: async () => { await deleteExpiredAccountRequests(); }
});
