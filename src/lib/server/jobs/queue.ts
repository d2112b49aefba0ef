// pg-boss on the same database as the app (PostgreSQL, or PGlite through fromPglite).
// Side effects leave a request as a job: the request only enqueues, a worker does the work.
import { PgBoss, fromPglite, type JobResult } from 'pg-boss';
import type { z } from 'zod';
import { databaseHandle } from '../db/client';
import { describeError } from '../error-log';

export interface JobDefinition<P extends z.ZodType> {
  /** Stable id like `mail.send`; versioned so a changed payload never meets an old handler. */
  name: string;
  version: number;
  payload: P;
  handler: (payload: z.infer<P>, jobId: string) => Promise<void>;
  /**
   * How many of these jobs one process runs at once (default 1). At 1 a worker runs one job per
   * polling interval, about one a second; a job that mostly waits on the network (SMTP) sets more.
   */
  concurrency?: number;
}

export function defineJob<P extends z.ZodType>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

function queueName(job: { name: string; version: number }): string {
  return `${job.name}.v${job.version}`;
}

let boss: PgBoss | undefined;

export async function startQueue(): Promise<PgBoss> {
  if (boss) return boss;
  const handle = databaseHandle();
  const instance =
    handle.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite', schedule: false, supervise: true })
      : new PgBoss({ connectionString: handle.connectionString, max: 4, schedule: false });
  instance.on('error', (err) => console.error('[jobs]', describeError(err)));
  await instance.start();
  boss = instance;
  return instance;
}

/** Whether pg-boss is started in this process (for /readyz). */
export function queueIsRunning(): boolean {
  return boss !== undefined;
}

export async function stopQueue(): Promise<void> {
  const instance = boss;
  boss = undefined;
  if (instance) await instance.stop({ graceful: true, timeout: 5000 });
}

async function ensureQueue(instance: PgBoss, name: string): Promise<void> {
  if (!(await instance.getQueue(name))) await instance.createQueue(name);
}

export interface EnqueueOptions {
  /** Run no earlier than this (reminders). */
  startAfter?: Date;
  /** At most one queued job per key (e.g. one reminder per meeting and date). */
  singletonKey?: string;
}

export async function enqueue<P extends z.ZodType>(job: JobDefinition<P>, payload: z.infer<P>, options: EnqueueOptions = {}): Promise<string | null> {
  const instance = await startQueue();
  const name = queueName(job);
  await ensureQueue(instance, name);
  return instance.send(name, job.payload.parse(payload) as object, { retryLimit: 5, retryBackoff: true, ...options });
}

/**
 * enqueue for a side effect of a change that is already committed: the change stands, so a job
 * that cannot be queued is logged (with `context`) instead of failing the request. Returns whether
 * it was queued.
 */
export async function enqueueOrLog<P extends z.ZodType>(job: JobDefinition<P>, payload: z.infer<P>, options: EnqueueOptions, context: string): Promise<boolean> {
  try {
    await enqueue(job, payload, options);
    return true;
  } catch (err) {
    console.error(`[jobs] ${job.name} not queued (${context})`, describeError(err));
    return false;
  }
}

/**
 * Starts a worker per job definition (the server does this at boot). Each fetch takes up to
 * `concurrency` jobs and runs them side by side; while fetches come back full the worker fetches
 * again at once (burstWhenBatchFull) rather than waiting out the polling interval.
 */
export async function startWorkers(jobs: JobDefinition<z.ZodType>[], pollingIntervalSeconds = 1): Promise<void> {
  const instance = await startQueue();
  for (const job of jobs) {
    const name = queueName(job);
    await ensureQueue(instance, name);
    const options = { pollingIntervalSeconds, batchSize: job.concurrency ?? 1, burstWhenBatchFull: true, perJobResults: true } as const;
    await instance.work(name, options, (batch) => Promise.all(batch.map(async (item): Promise<JobResult> => {
      try {
        await job.handler(job.payload.parse(item.data), item.id);
        return { id: item.id, status: 'completed' };
      } catch (err) {
        // Settled one by one: only the job that failed is retried, not the whole batch with it.
        return { id: item.id, status: 'failed', output: err };
      }
    })));
  }
}

/** Runs every queued job of the given definitions now, in this process (tests and scripts). */
export async function drainQueue(jobs: JobDefinition<z.ZodType>[]): Promise<number> {
  const instance = await startQueue();
  let done = 0;
  for (const job of jobs) {
    const name = queueName(job);
    await ensureQueue(instance, name);
    for (;;) {
      const batch = await instance.fetch(name, { batchSize: 20 });
      if (!batch || batch.length === 0) break;
      for (const item of batch) {
        await job.handler(job.payload.parse(item.data), item.id);
        await instance.complete(name, item.id);
        done++;
      }
    }
  }
  return done;
}
