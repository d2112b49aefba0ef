import { json } from '@sveltejs/kit';
import { boot } from '$lib/server/boot';
import { readEnv } from '$lib/server/env';
import { checkReadiness } from '$lib/server/readiness';
import type { RequestHandler } from './$types';

// Public: 200 when the database answers a query and the job workers run; 503 with the reason when
// not, so a load balancer stops sending traffic here (README: which check to use for what).
export const GET: RequestHandler = async () => {
  await boot();
  const readiness = await checkReadiness({ jobsEnabled: readEnv().JOBS_ENABLED });
  return json(readiness.ready ? { status: 'ready', database: readiness.database, jobs: readiness.jobs }
    : { status: 'unavailable', reason: readiness.reason, database: readiness.database }, { status: readiness.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
