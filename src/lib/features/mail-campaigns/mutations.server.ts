// The sending engine's writes (ADR 058). Every state change of a recipient is one committed
// statement: claimed rows are `sending` before any SMTP connection sees them, so a process killed
// at any point leaves each recipient queued, sending (found again by recovery) or finished.
import { and, eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { databaseHandle, db, type Tx } from '$lib/server/db/client';
import { mailCampaignRecipients, mailCampaigns, mailSuppressions } from './tables.server';
import { maxAttempts, normaliseAddress, type RecipientState } from './rules';
import { campaignInputSchema, type CampaignInput, type SourceRecipient } from './schema';

type Executor = Pick<Tx, 'execute'>;

let lock: Promise<pg.Client | null> | undefined;

/**
 * Holds, for this process's lifetime, a session advisory lock on the worker's run id on a
 * connection of its own (PostgreSQL): it is released the moment the process dies, which is how
 * recovery elsewhere knows the rows this worker left `sending` are abandoned (deadClaimOwners).
 */
export function holdWorkerLockFor(runId: string): Promise<pg.Client | null> {
  lock ??= (async () => {
    const handle = databaseHandle();
    if (handle.kind !== 'postgres') return null;
    const client = new pg.Client({ connectionString: handle.connectionString });
    client.on('error', (err) => console.error('[mail-campaigns] worker lock connection lost:', err.message));
    await client.connect();
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [runId]);
    return client;
  })();
  const held = lock;
  held.catch(() => { if (lock === held) lock = undefined; });
  return held;
}

/** Ends the worker's lock connection (at shutdown, after the workers stopped; tests). */
export async function stopCampaignWorker(): Promise<void> {
  const client = await lock?.catch(() => null);
  lock = undefined;
  await client?.end();
}

async function rows<T>(on: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await on.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Inserts the campaign in the caller's transaction; its jobs are recorded beside it (jobs.server.ts). */
export async function insertCampaign(tx: Tx, input: CampaignInput): Promise<string> {
  const parsed = campaignInputSchema.parse(input);
  const id = crypto.randomUUID();
  await tx.insert(mailCampaigns).values({
    id, organisationId: parsed.organisationId, kind: parsed.kind,
    // The 'list' source reads the campaign's own list, so it is its own source.
    sourceId: parsed.kind === 'list' ? id : parsed.sourceId,
    recipientList: parsed.kind === 'list' ? (parsed.recipients ?? []) : null,
    subject: parsed.subject, text: parsed.text, html: parsed.html ?? null, fromName: parsed.fromName ?? null, replyTo: parsed.replyTo ?? null
  });
  return id;
}

export interface PrepareState { kind: string; sourceId: string; cursor: string | null; prepared: boolean }

export async function prepareState(campaignId: string): Promise<PrepareState | null> {
  const [row] = await db().select({ kind: mailCampaigns.kind, sourceId: mailCampaigns.sourceId, cursor: mailCampaigns.prepareCursor, preparedAt: mailCampaigns.preparedAt })
    .from(mailCampaigns).where(eq(mailCampaigns.id, campaignId));
  return row ? { kind: row.kind, sourceId: row.sourceId, cursor: row.cursor, prepared: !!row.preparedAt } : null;
}

/**
 * Inserts one page of the source read after `cursor` and moves the cursor to `next`, in one
 * transaction: a killed prepare resumes after the last committed page, and a page inserted twice is
 * harmless (ON CONFLICT DO NOTHING on (campaign, address)). Returns false when another prepare moved
 * the cursor first (this page is then dropped). `next` null (the source has no more) marks the
 * campaign prepared.
 */
export async function insertPage(campaignId: string, cursor: string | null, next: string | null, page: Omit<SourceRecipient, 'key'>[], beforeCommit?: () => void): Promise<boolean> {
  return db().transaction(async (tx) => {
    const [current] = await tx.select({ cursor: mailCampaigns.prepareCursor, preparedAt: mailCampaigns.preparedAt }).from(mailCampaigns)
      .where(eq(mailCampaigns.id, campaignId)).for('update');
    if (!current || current.preparedAt || current.cursor !== cursor) return false;
    if (next === null) {
      await tx.update(mailCampaigns).set({ preparedAt: sql`now()`, state: sql`case when ${mailCampaigns.state} = 'preparing' then 'sending' else ${mailCampaigns.state} end` })
        .where(eq(mailCampaigns.id, campaignId));
      return true;
    }
    if (page.length > 0) {
      await tx.insert(mailCampaignRecipients).values(page.map((r) => ({
        campaignId, address: normaliseAddress(r.address), name: r.name ?? '', locale: r.locale ?? 'nl', headers: r.headers ?? {}, footerLink: r.footerLink ?? null
      }))).onConflictDoNothing();
    }
    beforeCommit?.();
    await tx.update(mailCampaigns).set({ prepareCursor: next, activeAt: sql`now()` }).where(eq(mailCampaigns.id, campaignId));
    return true;
  });
}

export interface ClaimedRecipient {
  id: string; address: string; name: string; locale: 'nl' | 'en'; headers: Record<string, string>;
  footerLink: string | null; claimToken: string | null; state: RecipientState;
}

/**
 * Claims up to `limit` queued recipients of a campaign that is preparing or sending, and marks
 * them `sending` under this worker (`runId`) in one committed statement, before any is sent. Rows
 * locked by another claim are skipped (FOR UPDATE SKIP LOCKED), so batches in flight never share a
 * row. A suppressed address is skipped here, so a refusal or an unsubscribe counts for the next batch.
 */
export async function claimBatch(campaignId: string, runId: string, limit: number): Promise<ClaimedRecipient[]> {
  const claimed = await rows<ClaimedRecipient>(db(), sql`
    with picked as (
      select r.id, exists (select 1 from mail_suppressions s where s.address = r.address) as suppressed
      from mail_campaign_recipients r
      where r.campaign_id = ${campaignId} and r.state = 'queued'
        and exists (select 1 from mail_campaigns c where c.id = r.campaign_id and c.state in ('preparing', 'sending'))
      limit ${limit}
      for update of r skip locked
    )
    update mail_campaign_recipients t set
      state = case when p.suppressed then 'skipped' else 'sending' end,
      last_error = case when p.suppressed then 'suppressed' else t.last_error end,
      attempts = t.attempts + case when p.suppressed then 0 else 1 end,
      claimed_by = case when p.suppressed then null else ${runId}::uuid end,
      claim_token = case when p.suppressed then null else gen_random_uuid() end,
      claimed_at = now()
    from picked p where t.id = p.id
    returning t.id, t.address, t.name, t.locale, t.headers, t.footer_link as "footerLink", t.claim_token as "claimToken", t.state`);
  if (claimed.length > 0) await db().update(mailCampaigns).set({ activeAt: sql`now()` }).where(eq(mailCampaigns.id, campaignId));
  return claimed;
}

// Each result is written only by the claim that sent it (its token): a row that recovery took back
// from a worker presumed dead is not overwritten by that worker's late answer.
const byClaim = (id: string, token: string) => and(eq(mailCampaignRecipients.id, id), eq(mailCampaignRecipients.claimToken, token), eq(mailCampaignRecipients.state, 'sending'));

/**
 * Marks recipients sent, each only for the claim that sent it: one statement for every mail the
 * SMTP server accepted while the previous write was on its way (jobs.server.ts groups them).
 */
export async function markSent(sent: { id: string; token: string }[]): Promise<void> {
  if (sent.length === 0) return;
  const pairs = sql.join(sent.map((r) => sql`(${r.id}::uuid, ${r.token}::uuid)`), sql`, `);
  await db().execute(sql`
    update mail_campaign_recipients r set state = 'sent', sent_at = now(), claim_token = null, last_error = null
    from (values ${pairs}) as v(id, token)
    where r.id = v.id and r.claim_token = v.token and r.state = 'sending'`);
}

/** A hard refusal (5xx): the recipient bounced, and the address is suppressed for every later send. */
export async function markRefused(id: string, token: string, address: string, error: string): Promise<void> {
  await db().transaction(async (tx) => {
    await tx.update(mailCampaignRecipients).set({ state: 'bounced', claimToken: null, lastError: error }).where(byClaim(id, token));
    await tx.insert(mailSuppressions).values({ address: normaliseAddress(address), reason: error }).onConflictDoNothing();
  });
}

/** A temporary failure: queued again until the attempts run out, then failed (retryRecipient may queue it again). */
export async function markTemporary(id: string, token: string, error: string, unclear: boolean): Promise<void> {
  await db().update(mailCampaignRecipients).set({
    state: sql`case when ${mailCampaignRecipients.attempts} >= ${maxAttempts} then 'failed' else 'queued' end`,
    possibleDuplicate: sql`${mailCampaignRecipients.possibleDuplicate} or (${unclear} and ${mailCampaignRecipients.attempts} < ${maxAttempts})`,
    claimToken: null, claimedBy: null, lastError: error
  }).where(byClaim(id, token));
}

/**
 * Takes back recipients left `sending` by a worker that died (`deadOwners`) or whose lease ran out,
 * and queues them again as possible duplicates: the SMTP server may have accepted them just before
 * the crash. Returns the campaigns that got recipients back.
 */
export async function requeueAbandoned(deadOwners: string[], leaseSeconds: number): Promise<string[]> {
  const owners = deadOwners.length > 0 ? sql`claimed_by in (${sql.join(deadOwners.map((o) => sql`${o}::uuid`), sql`, `)}) or ` : sql``;
  const taken = await rows<{ campaignId: string }>(db(), sql`
    update mail_campaign_recipients set state = 'queued', possible_duplicate = true, claimed_by = null, claim_token = null
    where state = 'sending' and (${owners}claimed_at < now() - make_interval(secs => ${leaseSeconds}::float8))
    returning campaign_id as "campaignId"`);
  return [...new Set(taken.map((t) => t.campaignId))];
}

/**
 * The workers of other processes with recipients in `sending` that no longer hold their lock: each
 * worker holds a session advisory lock on its run id for its lifetime, which PostgreSQL releases the
 * moment its process dies. On PGlite only one process can open the database, so any other is dead.
 */
export async function deadClaimOwners(runId: string): Promise<string[]> {
  return db().transaction(async (tx) => {
    const owners = await rows<{ owner: string }>(tx, sql`select distinct claimed_by::text as owner from mail_campaign_recipients where state = 'sending' and claimed_by is not null and claimed_by <> ${runId}::uuid`);
    const dead: string[] = [];
    for (const { owner } of owners) {
      const [free] = await rows<{ free: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtextextended(${owner}, 0)) as free`);
      if (free?.free) dead.push(owner);
    }
    return dead;
  });
}

/** Done once prepared with nothing queued or sending; returns whether it is done now. */
export async function finishIfDone(campaignId: string): Promise<boolean> {
  const done = await db().update(mailCampaigns).set({ state: 'done', finishedAt: sql`now()` }).where(and(
    eq(mailCampaigns.id, campaignId), eq(mailCampaigns.state, 'sending'), sql`${mailCampaigns.preparedAt} is not null`,
    sql`not exists (select 1 from mail_campaign_recipients r where r.campaign_id = ${campaignId} and r.state in ('queued', 'sending'))`
  )).returning({ id: mailCampaigns.id });
  return done.length > 0;
}

type Scope = { organisationId: string; campaignId: string };
const scoped = ({ organisationId, campaignId }: Scope) => and(eq(mailCampaigns.id, campaignId), eq(mailCampaigns.organisationId, organisationId));

/** Stops claiming: batches in flight finish the rows they hold, nothing else leaves. */
export async function pauseCampaign(scope: Scope): Promise<boolean> {
  const paused = await db().update(mailCampaigns).set({ state: 'paused' })
    .where(and(scoped(scope), inArray(mailCampaigns.state, ['preparing', 'sending']))).returning({ id: mailCampaigns.id });
  return paused.length > 0;
}

/** Back to preparing (source not fully read) or sending; the caller then records batch jobs. */
export async function unpauseCampaign(tx: Tx, scope: Scope, from: ('paused' | 'done')[]): Promise<boolean> {
  const resumed = await tx.update(mailCampaigns)
    .set({ state: sql`case when ${mailCampaigns.preparedAt} is null then 'preparing' else 'sending' end`, finishedAt: null, activeAt: sql`now()` })
    .where(and(scoped(scope), inArray(mailCampaigns.state, from))).returning({ id: mailCampaigns.id });
  return resumed.length > 0;
}

/** Queues failed recipients again (all of the campaign, or one), with fresh attempts. */
export async function requeueFailed(tx: Tx, scope: Scope, recipientId?: string): Promise<number> {
  const [campaign] = await tx.select({ id: mailCampaigns.id }).from(mailCampaigns).where(scoped(scope));
  if (!campaign) return 0;
  const requeued = await tx.update(mailCampaignRecipients).set({ state: 'queued', attempts: 0, lastError: null })
    .where(and(eq(mailCampaignRecipients.campaignId, campaign.id), eq(mailCampaignRecipients.state, 'failed'),
      recipientId ? eq(mailCampaignRecipients.id, recipientId) : undefined))
    .returning({ id: mailCampaignRecipients.id });
  return requeued.length;
}

/**
 * Skips the queued mails of one address in every campaign of the organisation, or only in its
 * campaigns of one kind (someone unsubscribed from the newsletter): recorded in the caller's transaction, it counts for the very next batch claimed,
 * also in a campaign that is sending now. Returns how many were skipped.
 */
export async function skipQueuedRecipients(tx: Tx, input: { organisationId: string; address: string; reason: string; kind?: string }): Promise<number> {
  const campaigns = and(eq(mailCampaigns.organisationId, input.organisationId), input.kind ? eq(mailCampaigns.kind, input.kind) : undefined);
  const skipped = await tx.update(mailCampaignRecipients).set({ state: 'skipped', lastError: input.reason.slice(0, 500) })
    .where(and(eq(mailCampaignRecipients.address, normaliseAddress(input.address)), eq(mailCampaignRecipients.state, 'queued'),
      inArray(mailCampaignRecipients.campaignId, tx.select({ id: mailCampaigns.id }).from(mailCampaigns).where(campaigns))))
    .returning({ id: mailCampaignRecipients.id });
  return skipped.length;
}
