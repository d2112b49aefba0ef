import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailCampaignRecipients, organisations } from '$lib/server/db/schema';
import { transactionWithJobs } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { closeSmtpPeer, listenAsSmtpUrl } from '../../../../tests/smtp';
import { campaignProgress } from './data.server';
import { startCampaign } from './jobs.server';
import { stopCampaignWorker } from './mutations.server';

// The crash test of the sending engine (issue 18, ADR 058): the worker runs as a child process
// (tests/mail-campaign-worker.ts) and is killed with SIGKILL three times: inside a prepare
// transaction, in the middle of a batch, and right after the SMTP peer accepted a mail whose state
// is not written yet. Then a last worker finishes. Every recipient must arrive at least once, and
// every one that arrived twice must be flagged as a possible duplicate.
// PostgreSQL only (vite.config.ts leaves it out of the PGlite run): a child process cannot open the
// parent's in-process PGlite database, and a killed process is exactly what is tested.
const arrivals = new Map<string, number>();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      for (const r of session.envelope.rcptTo) arrivals.set(r.address, (arrivals.get(r.address) ?? 0) + 1);
      callback();
    });
  }
});

// A killed worker's connections reset under the peer: expected here, not an error of the test.
server.on('error', (err: NodeJS.ErrnoException) => { if (err.code !== 'ECONNRESET') throw err; });

let database: TestDatabase;
let organisationId: string;
let databaseUrl: string;
beforeAll(async () => {
  await listenAsSmtpUrl(server);
  database = await openTestDatabase();
  if (database.handle.kind !== 'postgres') throw new Error('the crash test needs TEST_DATABASE_URL');
  databaseUrl = database.handle.connectionString;
  const [org] = await database.handle.db.insert(organisations).values({ slug: 'samana-crash', name: 'Samana' }).returning({ id: organisations.id });
  organisationId = org!.id;
});
afterAll(() => closeSmtpPeer(server, async () => { await stopCampaignWorker(); await database.close(); }));

function worker(killAt?: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/mail-campaign-worker.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: process.env.SMTP_URL, MAIL_CAMPAIGN_KILL_AT: killAt ?? '' },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exited };
}

const rowsOf = (campaignId: string) => database.handle.db.select().from(mailCampaignRecipients).where(eq(mailCampaignRecipients.campaignId, campaignId));

describe('a campaign whose worker is killed three times', () => {
  it('loses no recipient and flags every duplicate', { timeout: 240_000 }, async () => {
    const addresses = Array.from({ length: 300 }, (_, i) => `ouder-${String(i + 1).padStart(3, '0')}@crash.example`);
    const campaignId = await transactionWithJobs((tx) => startCampaign(tx, {
      organisationId, kind: 'list', sourceId: 'list', subject: 'Nieuwsbrief', text: 'Het nieuws.\n', recipients: addresses.map((address) => ({ address }))
    }));
    const progress = () => campaignProgress({ organisationId, campaignId });

    // 1. Inside the first page's transaction: nothing of it is committed, the cursor did not move.
    const first = worker('prepare:1');
    expect((await first.exited)[1]).toBe('SIGKILL');
    expect(await progress()).toMatchObject({ state: 'preparing', total: 0, prepared: false });

    // 2. In the middle of a batch: the 60th state written while the batches in flight hold more rows.
    const second = worker('written:60');
    expect((await second.exited)[1]).toBe('SIGKILL');
    const afterSecond = await progress();
    // Its page is committed (batches claim only committed rows); whether prepare also read the
    // empty page after it before the kill is a race this test does not fix.
    expect(afterSecond).toMatchObject({ total: 300 });
    expect(afterSecond!.counts.sent).toBeGreaterThanOrEqual(60);
    expect(afterSecond!.counts.sending).toBeGreaterThan(0);

    // 3. Between the peer's acceptance and the state write: the 40th mail this worker got accepted.
    const third = worker('accepted:40');
    expect((await third.exited)[1]).toBe('SIGKILL');
    expect((await progress())!.counts.sending).toBeGreaterThan(0);

    // A worker that lives: its start takes back what the dead ones left sending.
    const last = worker();
    try {
      // Longer than tests/smtp.ts's `until`: a worker's start (node, tsx, pg-boss) takes seconds on a busy machine.
      const deadline = Date.now() + 150_000;
      while ((await progress())?.state !== 'done') {
        if (Date.now() > deadline) throw new Error(`not done: ${JSON.stringify((await progress())?.counts)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      last.child.kill('SIGTERM');
      await last.exited;
    }

    const done = (await progress())!;
    expect(done.counts).toMatchObject({ sent: 300, queued: 0, sending: 0, failed: 0 });
    const lost = addresses.filter((a) => !arrivals.has(a));
    expect(lost).toEqual([]);
    const receivedTwice = addresses.filter((a) => (arrivals.get(a) ?? 0) > 1);
    const flagged = new Set((await rowsOf(campaignId)).filter((r) => r.possibleDuplicate).map((r) => r.address));
    expect(receivedTwice.filter((a) => !flagged.has(a))).toEqual([]);
    // The third kill came after an acceptance: that mail, at least, arrived twice and is counted.
    expect(receivedTwice.length).toBeGreaterThan(0);
    expect(done.possibleDuplicates).toBe(flagged.size);
  });
});
