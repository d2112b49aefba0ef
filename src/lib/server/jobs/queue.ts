// pg-boss on the same database as the app (PostgreSQL, or PGlite through fromPglite).
// Side effects leave a request as jobs recorded in the transaction of the change they follow
// (ADR 022): pg-boss inserts the job row through that transaction's connection, so a committed
// change always has its jobs and a rolled-back one never has. Workers in the server do the work.
import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite, type JobResult } from 'pg-boss';
import type { z } from 'zod';
import { databaseHandle, db, type Tx } from '../db/client';
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
  /** A cron expression (UTC) for maintenance jobs: pg-boss queues one job per occurrence. */
  schedule?: string;
}

function queueName(job: { name: string; version: number }): string {
  return `${job.name}.v${job.version}`;
}

// Every defined job, so its queue exists before a transaction records one: creating a queue (or
// starting pg-boss) inside a transaction would wait on PGlite for that same transaction to end.
const definitions = new Map<string, JobDefinition<z.ZodType>>();

export function defineJob<P extends z.ZodType>(definition: JobDefinition<P>): JobDefinition<P> {
  definitions.set(queueName(definition), definition as unknown as JobDefinition<z.ZodType>);
  return definition;
}

let boss: PgBoss | undefined;
let starting: Promise<PgBoss> | undefined;
let cronOn = false;
const queues = new Map<string, Promise<void>>();

/** Starts pg-boss once per process; `schedule` turns on its cron pass (the server's workers). */
export function startQueue(options: { schedule?: boolean } = {}): Promise<PgBoss> {
  starting ??= (async () => {
    const handle = databaseHandle();
    const schedule = options.schedule ?? false;
    const instance =
      handle.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite', schedule, supervise: true })
        : new PgBoss({ connectionString: handle.connectionString, max: 4, schedule });
    instance.on('error', (err) => console.error('[jobs]', describeError(err)));
    await instance.start();
    boss = instance;
    cronOn = schedule;
    return instance;
  })();
  const started = starting;
  // A failed start is not remembered: the next call tries again.
  started.catch(() => { if (starting === started) starting = undefined; });
  return started;
}

/** Whether pg-boss is started in this process (for /readyz). */
export function queueIsRunning(): boolean {
  return boss !== undefined;
}

export async function stopQueue(): Promise<void> {
  const instance = boss ?? (await starting?.catch(() => undefined));
  boss = undefined;
  starting = undefined;
  queues.clear();
  if (instance) await instance.stop({ graceful: true, timeout: 5000 });
}

function ensureQueue(instance: PgBoss, name: string): Promise<void> {
  let ready = queues.get(name);
  if (!ready) {
    ready = (async () => { if (!(await instance.getQueue(name))) await instance.createQueue(name); })();
    queues.set(name, ready);
    ready.catch(() => queues.delete(name));
  }
  return ready;
}

/** pg-boss started and the queue of every defined job created, outside any transaction. */
async function readyQueue(): Promise<PgBoss> {
  const instance = await startQueue();
  await Promise.all([...definitions.keys()].map((name) => ensureQueue(instance, name)));
  return instance;
}

/**
 * The one way to change data that has side effects: runs `work` in a database transaction in which
 * recordJob may be called. The jobs commit or roll back with the change; nothing is queued for a
 * change that did not happen, and no committed change lacks its mail. If a job cannot be recorded,
 * the whole change is refused (the error rolls the transaction back): one failure policy for all.
 */
export async function transactionWithJobs<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  await readyQueue();
  return db().transaction(work);
}

export interface EnqueueOptions {
  /** Run no earlier than this (reminders). */
  startAfter?: Date;
  /** A key stored with the job, to find it again (hasQueuedJob). */
  singletonKey?: string;
}

function queueFor(job: { name: string; version: number }): { instance: PgBoss; name: string } {
  const name = queueName(job);
  // Only a bug gets here (a job recorded outside transactionWithJobs, or not made with defineJob).
  if (!boss || !queues.has(name)) throw new Error(`[jobs] ${name}: record jobs inside transactionWithJobs()`);
  return { instance: boss, name };
}

/**
 * pg-boss's statements, run on the transaction's own connection. Our `Db` is typed over both
 * drivers, so its `execute` result is `unknown` to TypeScript; on both it has the `rows` pg-boss reads.
 */
function through(tx: Tx) {
  return fromDrizzle(tx as unknown as Parameters<typeof fromDrizzle>[0], sql);
}

/** Records a job in the transaction `tx` (of transactionWithJobs); it is queued when `tx` commits. */
export async function recordJob<P extends z.ZodType>(tx: Tx, job: JobDefinition<P>, payload: z.infer<P>, options: EnqueueOptions = {}): Promise<string | null> {
  const { instance, name } = queueFor(job);
  return instance.send(name, job.payload.parse(payload) as object, { retryLimit: 5, retryBackoff: true, ...options, db: through(tx) });
}

/** Whether a job of this definition with this key waits to run (read in the transaction `tx`). */
export async function hasQueuedJob(tx: Tx, job: { name: string; version: number }, singletonKey: string): Promise<boolean> {
  const { instance, name } = queueFor(job);
  return (await instance.findJobs(name, { key: singletonKey, queued: true, db: through(tx) })).length > 0;
}

/** A job that follows no change of its own (a fan-out, a test): recorded in a transaction of its own. */
export function enqueue<P extends z.ZodType>(job: JobDefinition<P>, payload: z.infer<P>, options: EnqueueOptions = {}): Promise<string | null> {
  return transactionWithJobs((tx) => recordJob(tx, job, payload, options));
}

/**
 * Starts a worker per job definition (the server does this at boot). Each fetch takes up to
 * `concurrency` jobs and runs them side by side; while fetches come back full the worker fetches
 * again at once (burstWhenBatchFull) rather than waiting out the polling interval. A definition
 * with a `schedule` is also put on pg-boss's cron, once per database however many processes run.
 */
export async function startWorkers(jobs: JobDefinition<z.ZodType>[], pollingIntervalSeconds = 1): Promise<void> {
  const instance = await startQueue({ schedule: jobs.some((job) => job.schedule) });
  // pg-boss's cron is chosen when it starts: started earlier without it, schedules are stored but
  // this process does not run them (another process with workers will).
  if (!cronOn && jobs.some((job) => job.schedule)) console.warn('[jobs] pg-boss started without its cron pass: schedules run elsewhere');
  for (const job of jobs) {
    const name = queueName(job);
    await ensureQueue(instance, name);
    if (job.schedule) await instance.schedule(name, job.schedule, {}, { tz: 'UTC', missed: 'once' });
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
  const instance = await readyQueue();
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
