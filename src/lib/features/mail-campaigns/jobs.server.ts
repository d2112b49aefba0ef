// The sending engine's jobs (ADR 058). A campaign is started in the caller's transaction with a
// prepare job (pages its recipient source into rows) and several batch jobs (each claims queued
// rows, sends them over a pooled SMTP transport and writes each result). A recovery pass, on a
// worker's start and every minute, takes back rows a dead worker left `sending` and restarts
// campaigns whose jobs died with it.
import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import type { Tx } from '$lib/server/db/client';
import { defineJob, recordJob, transactionWithJobs, type JobDefinition } from '$lib/server/jobs/queue';
import { mailFromAddress, smtpConfigured, smtpPool } from '$lib/server/mail/transport';
import { recordMail } from '../mail/mutations.server';
import { campaignContent, campaignRun, campaignsToResume, listPage } from './data.server';
import {
  claimBatch, deadClaimOwners, holdWorkerLockFor, finishIfDone, insertCampaign, insertPage, markRefused, markSent, markTemporary, prepareState, requeueAbandoned,
  requeueFailed, unpauseCampaign, type ClaimedRecipient
} from './mutations.server';
import { personalise, personaliseHtml, sendOutcome } from './rules';
import { campaignJobSchema, sourceRecipientSchema, type CampaignInput, type SourceRecipient } from './schema';

/** The engine's sizes, measured with bench/mail-campaign.js (docs/performance.md). */
export const engineLimits = {
  /** Rows a prepare transaction inserts from its source. */
  pageSize: 500,
  /** Rows one batch claims and sends before it claims again. */
  batchSize: 50,
  /** Batch jobs a campaign starts with, and each process runs at once. */
  batchesInFlight: 4,
  /** SMTP connections of the campaign pool (its own, beside the urgent and bulk lanes, ADR 015). */
  connections: 6,
  /** A row `sending` for longer, whose worker still lives, is taken back as well (a hung worker). */
  leaseSeconds: 300,
  /** A campaign with no claim or page for this long is restarted by the periodic recovery. */
  idleSeconds: 30
} as const;

/** A page of a source's recipients after `afterKey` (null: from the start), ordered by their `key`. */
export type RecipientSource = (sourceId: string, afterKey: string | null, limit: number) => Promise<SourceRecipient[]>;

const sources = new Map<string, RecipientSource>();

/** A feature that sends campaigns registers how its recipients are found (its module is loaded by the workers). */
export function registerRecipientSource(kind: string, source: RecipientSource): void {
  sources.set(kind, source);
}

export function recipientSource(kind: string): RecipientSource {
  const source = sources.get(kind);
  if (!source) throw new Error(`[mail-campaigns] no recipient source '${kind}'`);
  return source;
}

// The plain list: recipients handed to startCampaign, kept on the campaign (small sends, tests, bench).
registerRecipientSource('list', (campaignId, afterKey, limit) => listPage(campaignId, afterKey, limit) as Promise<SourceRecipient[]>);

// This process's worker identity: rows it marks `sending` carry it. On PostgreSQL it holds a session
// advisory lock on it for its lifetime, so recovery elsewhere knows the moment this process dies.
const runId = crypto.randomUUID();
const holdWorkerLock = () => holdWorkerLockFor(runId);

// A deterministic crash for the crash test and the bench (never set in production): with
// MAIL_CAMPAIGN_KILL_AT=<point>:<n> the process kills itself with SIGKILL the n-th time it reaches
// the point: 'prepare' (inside a page's transaction, before its commit), 'accepted' (the SMTP server
// accepted a mail, its state is not written yet) or 'written' (a mail's state is written while the
// rest of its batch is still on its way).
const killAt = /^(prepare|accepted|written):(\d+)$/.exec(process.env.MAIL_CAMPAIGN_KILL_AT ?? '');
const reached = new Map<string, number>();
function killPoint(point: 'prepare' | 'accepted' | 'written'): void {
  if (!killAt || killAt[1] !== point) return;
  const n = (reached.get(point) ?? 0) + 1;
  reached.set(point, n);
  if (n === Number(killAt[2])) process.kill(process.pid, 'SIGKILL');
}

async function prepare(campaignId: string): Promise<void> {
  for (;;) {
    const state = await prepareState(campaignId);
    if (!state || state.prepared) break;
    const page = await recipientSource(state.kind)(state.sourceId, state.cursor, engineLimits.pageSize);
    // An address the source cannot mail is left out, and the cursor still moves past it.
    const valid = page.flatMap((r) => { const parsed = sourceRecipientSchema.safeParse(r); return parsed.success ? [parsed.data] : []; });
    await insertPage(campaignId, state.cursor, page.at(-1)?.key ?? null, valid, () => killPoint('prepare'));
  }
  await finishIfDone(campaignId);
}

const pool = smtpPool(engineLimits.connections, 1000);

// Group commit of "sent": while one write is on its way, the mails accepted meanwhile wait for the
// next, which writes them all in one statement. A mail waits at most one write for its state, as it
// would for a free connection with a write per mail, at a fraction of the statements.
let waitingSent: { id: string; token: string; done: (err?: unknown) => void }[] = [];
let writingSent = false;

function recordSent(id: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    waitingSent.push({ id, token, done: (err) => (err ? reject(err) : resolve()) });
    if (!writingSent) void writeSent();
  });
}

async function writeSent(): Promise<void> {
  writingSent = true;
  while (waitingSent.length > 0) {
    const group = waitingSent;
    waitingSent = [];
    try {
      await markSent(group);
      for (const row of group) row.done();
    } catch (err) {
      for (const row of group) row.done(err);
    }
  }
  writingSent = false;
}
type Content = NonNullable<Awaited<ReturnType<typeof campaignContent>>>;

/** Sends one claimed recipient and writes its outcome; returns false when the server could not be reached. */
async function sendOne(content: Content, recipient: ClaimedRecipient): Promise<boolean> {
  const token = recipient.claimToken!;
  const mail = {
    to: recipient.address, subject: content.subject,
    text: personalise(content.text, recipient.footerLink), html: content.html ? personaliseHtml(content.html, recipient.footerLink) : undefined,
    replyTo: content.replyTo ?? undefined, fromName: content.fromName ?? undefined, headers: recipient.headers,
    // The same id when it is sent again after a crash, so a mail client can tell it is the same mail.
    messageId: `<${recipient.id}@${mailFromAddress().split('@')[1] ?? 'netwerkplein.example'}>`
  };
  if (!smtpConfigured()) {
    await recordMail(recipient.id, mail, 'outbox');
    await recordSent(recipient.id, token);
    return true;
  }
  try {
    await pool.send(mail);
  } catch (err) {
    const outcome = sendOutcome(err);
    if (outcome.kind === 'refused') {
      await markRefused(recipient.id, token, recipient.address, outcome.error);
      return true;
    }
    await markTemporary(recipient.id, token, outcome.error, outcome.unclear);
    return outcome.answered;
  }
  killPoint('accepted');
  await recordSent(recipient.id, token);
  killPoint('written');
  return true;
}

async function sendBatches(campaignId: string): Promise<void> {
  await holdWorkerLock();
  const content = await campaignContent(campaignId);
  if (!content) return;
  for (;;) {
    const claimed = await claimBatch(campaignId, runId, engineLimits.batchSize);
    if (claimed.length === 0) {
      const run = await campaignRun(campaignId);
      // Prepare is still inserting: wait for its next page (recovery restarts a prepare that died).
      if (run?.state === 'preparing' && run.idleSeconds < engineLimits.idleSeconds) { await sleep(100); continue; }
      await finishIfDone(campaignId);
      return;
    }
    const reached = await Promise.all(claimed.filter((r) => r.state === 'sending').map((r) => sendOne(content, r)));
    // The server is unreachable: the rows are queued again; pg-boss retries this job with a backoff.
    if (reached.includes(false)) throw new Error('[mail-campaigns] the SMTP server could not be reached');
  }
}

export const campaignPrepareJob = defineJob({
  name: 'mail-campaigns.prepare', version: 1, payload: campaignJobSchema, concurrency: 2,
  handler: ({ campaignId }) => prepare(campaignId)
});

export const campaignBatchJob = defineJob({
  name: 'mail-campaigns.batch', version: 1, payload: campaignJobSchema, concurrency: engineLimits.batchesInFlight,
  handler: ({ campaignId }) => sendBatches(campaignId)
});

async function recordBatches(tx: Tx, campaignId: string): Promise<void> {
  for (let i = 0; i < engineLimits.batchesInFlight; i++) await recordJob(tx, campaignBatchJob, { campaignId });
}

/**
 * Starts a campaign in the caller's transaction (ADR 022): the campaign, its prepare job and its
 * batch jobs commit with the caller's change or not at all. The HTML goes out as given (callers
 * sanitise it); the text part is always sent.
 */
export async function startCampaign(tx: Tx, input: CampaignInput): Promise<string> {
  recipientSource(input.kind);
  const campaignId = await insertCampaign(tx, input);
  await recordJob(tx, campaignPrepareJob, { campaignId });
  await recordBatches(tx, campaignId);
  return campaignId;
}

type Scope = { organisationId: string; campaignId: string };

/** A paused campaign sends again (and reads the rest of its source if it was paused while preparing). */
export function resumeCampaign(scope: Scope): Promise<boolean> {
  return transactionWithJobs(async (tx) => {
    if (!(await unpauseCampaign(tx, scope, ['paused']))) return false;
    await recordJob(tx, campaignPrepareJob, scope);
    await recordBatches(tx, scope.campaignId);
    return true;
  });
}

async function retry(scope: Scope, recipientId?: string): Promise<number> {
  return transactionWithJobs(async (tx) => {
    const requeued = await requeueFailed(tx, scope, recipientId);
    if (requeued === 0) return 0;
    // A finished campaign sends again; a paused one keeps the rows queued until it is resumed.
    await unpauseCampaign(tx, scope, ['done']);
    await recordBatches(tx, scope.campaignId);
    return requeued;
  });
}

/** Queues one failed recipient again; returns whether it was failed. */
export async function retryRecipient(scope: Scope & { recipientId: string }): Promise<boolean> {
  return (await retry(scope, scope.recipientId)) > 0;
}

/** Queues every failed recipient of the campaign again; returns how many. */
export function retryFailed(scope: Scope): Promise<number> {
  return retry(scope);
}

/**
 * Takes back rows that dead workers (or a lease that ran out) left `sending`, as possible
 * duplicates, and records new jobs for campaigns that need them: on a worker's start every
 * unfinished campaign, afterwards those that got rows back or stalled.
 */
export async function recoverCampaigns(options: { onStart?: boolean } = {}): Promise<{ requeued: string[]; resumed: number }> {
  await holdWorkerLock();
  const requeued = await requeueAbandoned(await deadClaimOwners(runId), engineLimits.leaseSeconds);
  const campaigns = await campaignsToResume(options.onStart ? null : engineLimits.idleSeconds, requeued);
  if (campaigns.length > 0) {
    await transactionWithJobs(async (tx) => {
      for (const campaign of campaigns) {
        if (!campaign.prepared) await recordJob(tx, campaignPrepareJob, { campaignId: campaign.id });
        await recordBatches(tx, campaign.id);
      }
    });
  }
  return { requeued, resumed: campaigns.length };
}

export const campaignRecoveryJob = defineJob({
  name: 'mail-campaigns.recover', version: 1, payload: campaignJobSchema.partial(), schedule: '* * * * *',
  handler: async () => { await recoverCampaigns(); }
});

/** The sending engine's jobs, for the workers (boot.ts) and for draining in tests. */
export const campaignJobs = [campaignPrepareJob, campaignBatchJob, campaignRecoveryJob] as unknown as JobDefinition<z.ZodType>[];
