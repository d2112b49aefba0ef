import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailCampaignRecipients, mailSuppressions, organisations } from '$lib/server/db/schema';
import { drainQueue, transactionWithJobs } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { closeSmtpPeer, listenAsSmtpUrl } from '../../../../tests/smtp';
import { campaignProgress, campaignRecipients, isSuppressed } from './data.server';
import { campaignJobs, recoverCampaigns, retryFailed, retryRecipient, resumeCampaign, startCampaign } from './jobs.server';
import { pauseCampaign, skipQueuedRecipients, stopCampaignWorker } from './mutations.server';
import type { ListRecipient } from './schema';

// The sending engine (ADR 058) against a real SMTP peer, drained in this process on PGlite and on
// PostgreSQL. The peer refuses one address for good (550) and one for a while (451, until told).
// Kills of a real worker process are in crash.postgres.db.test.ts.
const refused = 'weigert@school.example';
const busy = 'bezet@school.example';
let busyAccepts = false;
const received: { to: string; body: string }[] = [];
const receivedBy = (address: string) => received.filter((m) => m.to === address);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address === refused) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    if (address.address === busy && !busyAccepts) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
    callback();
  },
  onData(stream, session, callback) {
    let body = '';
    stream.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    stream.on('end', () => { for (const r of session.envelope.rcptTo) received.push({ to: r.address, body }); callback(); });
  }
});

let database: TestDatabase;
let samana: string;
let other: string;
beforeAll(async () => {
  await listenAsSmtpUrl(server);
  database = await openTestDatabase();
  const orgs = await database.handle.db.insert(organisations).values([{ slug: 'samana-campagnes', name: 'Samana' }, { slug: 'ander-campagnes', name: 'Ander' }])
    .returning({ id: organisations.id });
  samana = orgs[0]!.id;
  other = orgs[1]!.id;
});
afterAll(() => closeSmtpPeer(server, async () => { await stopCampaignWorker(); await database.close(); }));

const people = (prefix: string, n: number): ListRecipient[] =>
  Array.from({ length: n }, (_, i) => ({ address: `${prefix}-${i + 1}@school.example`, name: `${prefix} ${i + 1}` }));

function start(recipients: ListRecipient[], organisationId = samana, extra: { html?: string; text?: string } = {}) {
  return transactionWithJobs((tx) => startCampaign(tx, {
    organisationId, kind: 'list', sourceId: 'list', subject: 'Nieuwsbrief december', text: extra.text ?? 'Dag,\n\nhet nieuws van december.\n', html: extra.html,
    fromName: 'Samana', recipients
  }));
}

const progressOf = (campaignId: string, organisationId = samana) => campaignProgress({ organisationId, campaignId });

describe('the sending engine over SMTP', () => {
  it('sends every recipient once, with a plain-text part, the HTML as given and each recipient’s headers and footer link', async () => {
    const recipients: ListRecipient[] = [
      ...people('lid', 120),
      { address: 'An.Peeters@School.example', name: 'An Peeters', headers: { 'List-Unsubscribe': '<https://np.example/u/an>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }, footerLink: 'https://np.example/u/an' },
      // The same person again, typed differently (in two segments): one row, one mail.
      { address: ' an.peeters@school.example ', name: 'An' },
      { address: 'geen-adres', name: 'Kapot' }
    ];
    const id = await start(recipients, samana, { html: '<p>Het nieuws.</p><p><a href="{{footerLink}}">Uitschrijven</a></p>', text: 'Het nieuws.\nUitschrijven: {{footerLink}}\n' });
    await drainQueue(campaignJobs);

    const progress = await progressOf(id);
    expect(progress).toMatchObject({ state: 'done', total: 121, possibleDuplicates: 0, prepared: true });
    expect(progress!.counts).toMatchObject({ sent: 121, queued: 0, sending: 0, failed: 0 });
    expect(progress!.finishedAt).not.toBeNull();
    expect(receivedBy('an.peeters@school.example')).toHaveLength(1);
    for (const r of people('lid', 120)) expect(receivedBy(r.address)).toHaveLength(1);

    const mail = receivedBy('an.peeters@school.example')[0]!.body;
    expect(mail).toMatch(/^List-Unsubscribe: <https:\/\/np\.example\/u\/an>\r?$/m);
    expect(mail).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(mail).toContain('Content-Type: text/plain');
    expect(mail).toContain('Content-Type: text/html');
    expect(mail).toContain('Uitschrijven: https://np.example/u/an');
    expect(mail).toMatch(/^From: Samana <no-reply@/m);
    expect(receivedBy('lid-1@school.example')[0]!.body).not.toContain('{{footerLink}}');
  });

  it('bounces an address the server refuses for good, suppresses it, and skips it in a later campaign', async () => {
    const first = await start([...people('eerst', 3), { address: refused }]);
    await drainQueue(campaignJobs);
    expect((await progressOf(first))!.counts).toMatchObject({ sent: 3, bounced: 1 });
    expect(await isSuppressed('Weigert@school.example')).toBe(true);
    const [row] = await database.handle.db.select().from(mailSuppressions).where(eq(mailSuppressions.address, refused));
    expect(row?.reason).toContain('Mailbox unavailable');

    const before = received.length;
    const second = await start([{ address: refused }, ...people('later', 2)]);
    await drainQueue(campaignJobs);
    expect((await progressOf(second))!.counts).toMatchObject({ sent: 2, skipped: 1, bounced: 0 });
    expect(received.length - before).toBe(2);
    const [skipped] = await campaignRecipients({ organisationId: samana, campaignId: second, state: 'skipped' });
    expect(skipped).toMatchObject({ address: refused, lastError: 'suppressed', attempts: 0 });
  });

  it('skips a queued recipient who unsubscribes while the campaign is sending', async () => {
    const id = await start(people('afmelden', 80));
    // The source is read and the campaign is sending, but no batch has claimed yet.
    await drainQueue([campaignJobs[0]!]);
    expect((await progressOf(id))!.state).toBe('sending');
    const skipped = await transactionWithJobs((tx) => skipQueuedRecipients(tx, { organisationId: samana, address: 'AFMELDEN-7@school.example', reason: 'uitgeschreven' }));
    expect(skipped).toBe(1);
    // Another organisation's unsubscribe touches none of Samana's mails.
    expect(await transactionWithJobs((tx) => skipQueuedRecipients(tx, { organisationId: other, address: 'afmelden-8@school.example', reason: 'x' }))).toBe(0);
    await drainQueue(campaignJobs);
    expect((await progressOf(id))!.counts).toMatchObject({ sent: 79, skipped: 1 });
    expect(receivedBy('afmelden-7@school.example')).toEqual([]);
    expect(receivedBy('afmelden-8@school.example')).toHaveLength(1);
  });

  it('sends nothing while paused, and everything after resume', async () => {
    const id = await start(people('pauze', 30));
    await drainQueue([campaignJobs[0]!]);
    expect(await pauseCampaign({ organisationId: other, campaignId: id })).toBe(false);
    expect(await pauseCampaign({ organisationId: samana, campaignId: id })).toBe(true);
    await drainQueue(campaignJobs);
    expect(await progressOf(id)).toMatchObject({ state: 'paused', counts: { queued: 30, sent: 0 } });
    expect(receivedBy('pauze-1@school.example')).toEqual([]);

    expect(await resumeCampaign({ organisationId: other, campaignId: id })).toBe(false);
    expect(await resumeCampaign({ organisationId: samana, campaignId: id })).toBe(true);
    await drainQueue(campaignJobs);
    expect(await progressOf(id)).toMatchObject({ state: 'done', counts: { queued: 0, sent: 30 } });
  });

  it('fails a recipient after its attempts on temporary refusals, and sends it on a retry', async () => {
    const id = await start([...people('opnieuw', 2), { address: busy }]);
    await drainQueue(campaignJobs);
    expect(await progressOf(id)).toMatchObject({ state: 'done', counts: { sent: 2, failed: 1 } });
    const [failed] = await campaignRecipients({ organisationId: samana, campaignId: id, state: 'failed' });
    expect(failed).toMatchObject({ address: busy, attempts: 3 });
    expect(failed!.lastError).toContain('Try again later');

    busyAccepts = true;
    expect(await retryRecipient({ organisationId: other, campaignId: id, recipientId: failed!.id })).toBe(false);
    expect(await retryRecipient({ organisationId: samana, campaignId: id, recipientId: failed!.id })).toBe(true);
    await drainQueue(campaignJobs);
    expect(await progressOf(id)).toMatchObject({ state: 'done', counts: { sent: 3, failed: 0 }, possibleDuplicates: 0 });
    expect(receivedBy(busy)).toHaveLength(1);
    expect(await retryFailed({ organisationId: samana, campaignId: id })).toBe(0);
  });

  it('sends again, flagged as possible duplicates, the rows a dead worker left sending', async () => {
    const id = await start(people('herstel', 10));
    await drainQueue([campaignJobs[0]!]);
    // A worker that claimed four rows and died: no process holds its lock.
    const dead = crypto.randomUUID();
    await database.handle.db.execute(sql`update mail_campaign_recipients set state = 'sending', claimed_by = ${dead}::uuid, claim_token = gen_random_uuid(), attempts = 1, claimed_at = now()
      where id in (select id from mail_campaign_recipients where campaign_id = ${id} limit 4)`);
    await drainQueue(campaignJobs);
    expect(await progressOf(id)).toMatchObject({ state: 'sending', counts: { sending: 4, sent: 6 } });

    const recovered = await recoverCampaigns();
    expect(recovered.requeued).toEqual([id]);
    await drainQueue(campaignJobs);
    expect(await progressOf(id)).toMatchObject({ state: 'done', counts: { sent: 10 }, possibleDuplicates: 4 });
    const flagged = await database.handle.db.select().from(mailCampaignRecipients).where(eq(mailCampaignRecipients.possibleDuplicate, true));
    expect(flagged.filter((r) => r.campaignId === id).map((r) => r.attempts)).toEqual([2, 2, 2, 2]);
  });

  it('shows one organisation nothing of another’s campaign', async () => {
    const id = await start(people('geheim', 2));
    await drainQueue(campaignJobs);
    expect(await progressOf(id, other)).toBeNull();
    expect(await campaignRecipients({ organisationId: other, campaignId: id })).toEqual([]);
    expect(await retryFailed({ organisationId: other, campaignId: id })).toBe(0);
    expect(await campaignRecipients({ organisationId: samana, campaignId: id })).toHaveLength(2);
  });
});
