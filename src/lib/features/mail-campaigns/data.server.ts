// Reads of the sending engine (ADR 058): a campaign's progress and recipients for its
// organisation only, and what the workers need to send and to recover.
import { and, asc, count, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { mailCampaignRecipients, mailCampaigns, mailSuppressions } from './tables.server';
import { normaliseAddress, recipientStates, type CampaignState, type RecipientState } from './rules';

type Scope = { organisationId: string; campaignId: string };
const scoped = ({ organisationId, campaignId }: Scope) => and(eq(mailCampaigns.id, campaignId), eq(mailCampaigns.organisationId, organisationId));

export interface CampaignProgress {
  state: CampaignState;
  subject: string;
  total: number;
  counts: Record<RecipientState, number>;
  /** Recipients sent again after a crash or a lost connection: they may have the mail twice. */
  possibleDuplicates: number;
  prepared: boolean;
  createdAt: Date;
  finishedAt: Date | null;
}

/** Counts per state, possible duplicates and the campaign's state; null for another organisation's campaign. */
export async function campaignProgress(scope: Scope): Promise<CampaignProgress | null> {
  const [campaign] = await db().select({ state: mailCampaigns.state, subject: mailCampaigns.subject, preparedAt: mailCampaigns.preparedAt, createdAt: mailCampaigns.createdAt, finishedAt: mailCampaigns.finishedAt })
    .from(mailCampaigns).where(scoped(scope));
  if (!campaign) return null;
  const perState = await db().select({ state: mailCampaignRecipients.state, n: count(), duplicates: sql<number>`count(*) filter (where ${mailCampaignRecipients.possibleDuplicate})` })
    .from(mailCampaignRecipients).where(eq(mailCampaignRecipients.campaignId, scope.campaignId)).groupBy(mailCampaignRecipients.state);
  const counts = Object.fromEntries(recipientStates.map((s) => [s, 0])) as Record<RecipientState, number>;
  let possibleDuplicates = 0;
  for (const row of perState) {
    counts[row.state] = Number(row.n);
    possibleDuplicates += Number(row.duplicates);
  }
  return {
    state: campaign.state, subject: campaign.subject, total: Object.values(counts).reduce((a, b) => a + b, 0), counts, possibleDuplicates,
    prepared: !!campaign.preparedAt, createdAt: campaign.createdAt, finishedAt: campaign.finishedAt
  };
}

export interface CampaignRecipientRow {
  id: string; address: string; name: string; state: RecipientState; attempts: number; lastError: string | null; possibleDuplicate: boolean; sentAt: Date | null;
}

/** One page of a campaign's recipients (optionally in one state), by address; empty for another organisation's campaign. */
export async function campaignRecipients(scope: Scope & { state?: RecipientState; page?: number; pageSize?: number }): Promise<CampaignRecipientRow[]> {
  const pageSize = Math.min(Math.max(scope.pageSize ?? 50, 1), 500);
  const page = Math.max(scope.page ?? 1, 1);
  return db().select({
    id: mailCampaignRecipients.id, address: mailCampaignRecipients.address, name: mailCampaignRecipients.name, state: mailCampaignRecipients.state,
    attempts: mailCampaignRecipients.attempts, lastError: mailCampaignRecipients.lastError, possibleDuplicate: mailCampaignRecipients.possibleDuplicate, sentAt: mailCampaignRecipients.sentAt
  }).from(mailCampaignRecipients).innerJoin(mailCampaigns, eq(mailCampaigns.id, mailCampaignRecipients.campaignId))
    .where(and(scoped(scope), scope.state ? eq(mailCampaignRecipients.state, scope.state) : undefined))
    .orderBy(asc(mailCampaignRecipients.address)).limit(pageSize).offset((page - 1) * pageSize);
}

/** Whether an SMTP server refused this address for good (a later send skips it). */
export async function isSuppressed(address: string): Promise<boolean> {
  return (await db().$count(mailSuppressions, eq(mailSuppressions.address, normaliseAddress(address)))) > 0;
}

/** What every recipient of the campaign gets (the batch reads it once). */
export async function campaignContent(campaignId: string) {
  const [row] = await db().select({ subject: mailCampaigns.subject, text: mailCampaigns.text, html: mailCampaigns.html, fromName: mailCampaigns.fromName, replyTo: mailCampaigns.replyTo })
    .from(mailCampaigns).where(eq(mailCampaigns.id, campaignId));
  return row ?? null;
}

/** Where a campaign stands, for a batch that found nothing to claim: wait for prepare, finish, or stop. */
export async function campaignRun(campaignId: string) {
  const [row] = await db().select({ state: mailCampaigns.state, prepared: sql<boolean>`${mailCampaigns.preparedAt} is not null`, idleSeconds: sql<number>`extract(epoch from now() - ${mailCampaigns.activeAt})::float8` })
    .from(mailCampaigns).where(eq(mailCampaigns.id, campaignId));
  return row ?? null;
}

/**
 * Campaigns that should be sending for recovery: every unfinished one on a worker's start (a killed
 * worker's jobs are stuck in pg-boss until they expire), else those idle for `idleSeconds` or in `also`.
 */
export async function campaignsToResume(idleSeconds: number | null, also: string[]) {
  return db().select({ id: mailCampaigns.id, state: mailCampaigns.state, prepared: sql<boolean>`${mailCampaigns.preparedAt} is not null` })
    .from(mailCampaigns).where(and(inArray(mailCampaigns.state, ['preparing', 'sending']),
      idleSeconds !== null ? or(lt(mailCampaigns.activeAt, sql`now() - make_interval(secs => ${idleSeconds}::float8)`), also.length > 0 ? inArray(mailCampaigns.id, also) : undefined) : undefined));
}

/** The 'list' source's page: the campaign's own recipient list, keyed by position. */
export async function listPage(campaignId: string, afterKey: string | null, limit: number) {
  const after = Number(afterKey ?? 0);
  const result = await db().execute(sql`
    select e.n::text as key, e.v as value
    from mail_campaigns c, jsonb_array_elements(coalesce(c.recipient_list, '[]'::jsonb)) with ordinality as e(v, n)
    where c.id = ${campaignId} and e.n > ${after} order by e.n limit ${limit}`);
  return ((result as unknown as { rows: { key: string; value: Record<string, unknown> }[] }).rows).map((r) => ({ ...r.value, key: r.key }));
}

