// Maintenance of pending account requests on pg-boss's cron (ADR 022, 026, 027).
import { z } from 'zod';
import { defineJob } from '$lib/server/jobs/queue';
import { unconfirmedRegistrationForJob } from '../registrations/access.server';
import { listUnconfirmedPastDeadline } from '../registrations/data.server';
import { deleteExpiredAccountRequests, releaseUnconfirmed } from './mutations.server';

/** Expired sign-ups (unconfirmed after `signUpLifetimeDays`) and abandoned external sign-ins. Idempotent. */
export const accountRequestsCleanupJob = defineJob({
  name: 'accounts.cleanup',
  version: 1,
  payload: z.object({}),
  schedule: '17 * * * *',
  handler: async () => { await deleteExpiredAccountRequests(); }
});

/**
 * Registrations made without an account and not confirmed by their deadline are released through
 * the seat engine (ADR 029), each in its own transaction with its mails. It lives here, with the
 * other unconfirmed requests (and registrations' jobs file is imported by its mutations: a cycle).
 * Idempotent: a registration confirmed or released meanwhile is left alone.
 */
export const unconfirmedRegistrationsReleaseJob = defineJob({
  name: 'accounts.release-unconfirmed-registrations',
  version: 1,
  payload: z.object({}),
  schedule: '*/5 * * * *',
  handler: async () => {
    const now = new Date();
    for (const row of await listUnconfirmedPastDeadline(now)) await releaseUnconfirmed(unconfirmedRegistrationForJob(row), now);
  }
});
