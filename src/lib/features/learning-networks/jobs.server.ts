// Maintenance of import previews on pg-boss's cron (ADR 009, 022): once a night.
import { z } from 'zod';
import { defineJob } from '$lib/server/jobs/queue';
import { deleteStaleImportPreviews } from './mutations.server';

/** Previews never confirmed within their lifetime. Idempotent. */
export const importPreviewCleanupJob = defineJob({
  name: 'learning-networks.import-previews.cleanup',
  version: 1,
  payload: z.object({}),
  schedule: '23 3 * * *',
  handler: async () => { await deleteStaleImportPreviews(); }
});
