// Readiness for a load balancer (/readyz): a real query against the database within a short time,
// and the job queue's state. /healthz stays the cheap liveness answer ("the process is up").
import { sql } from 'drizzle-orm';
import { databaseHandle, type DatabaseHandle } from './db/client';
import { queueIsRunning } from './jobs/queue';

export type Readiness =
  | { ready: true; database: DatabaseHandle['kind']; jobs: 'running' | 'disabled' }
  | { ready: false; reason: 'database-unreachable' | 'jobs-stopped'; database: DatabaseHandle['kind'] };

export async function checkReadiness(options: { jobsEnabled: boolean; timeoutMs?: number; handle?: DatabaseHandle }): Promise<Readiness> {
  const handle = options.handle ?? databaseHandle();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 2000); });
  const query = handle.db.execute(sql`select 1`).then(() => 'ok' as const, () => 'failed' as const);
  const outcome = await Promise.race([query, timeout]);
  clearTimeout(timer);
  if (outcome !== 'ok') return { ready: false, reason: 'database-unreachable', database: handle.kind };
  if (options.jobsEnabled && !queueIsRunning()) return { ready: false, reason: 'jobs-stopped', database: handle.kind };
  return { ready: true, database: handle.kind, jobs: options.jobsEnabled ? 'running' : 'disabled' };
}
