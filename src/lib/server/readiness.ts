// Readiness for a load balancer (/readyz): a real query against the database within a short time,
// and the job queue's state. /healthz stays the cheap liveness answer ("the process is up").
import { databaseHandle, pingDatabase, type DatabaseHandle } from './db/client';
import { queueIsRunning } from './jobs/queue';

export type Readiness =
  | { ready: true; database: DatabaseHandle['kind']; jobs: 'running' | 'disabled' }
  | { ready: false; reason: 'database-unreachable' | 'jobs-stopped'; database: DatabaseHandle['kind'] };

export async function checkReadiness(options: { jobsEnabled: boolean; timeoutMs?: number; handle?: DatabaseHandle }): Promise<Readiness> {
  const handle = options.handle ?? databaseHandle();
  if (!(await pingDatabase(handle, options.timeoutMs ?? 2000))) return { ready: false, reason: 'database-unreachable', database: handle.kind };
  if (options.jobsEnabled && !queueIsRunning()) return { ready: false, reason: 'jobs-stopped', database: handle.kind };
  return { ready: true, database: handle.kind, jobs: options.jobsEnabled ? 'running' : 'disabled' };
}
