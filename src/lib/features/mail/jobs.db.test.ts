import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue, enqueue, startQueue, startWorkers, stopQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { closeSmtpPeer, listenAsSmtpUrl, until } from '../../../../tests/smtp';
import { latestMailTo, listOutbox } from './data.server';
import { bulkMailJob, laneLimits, mailJobs, urgentMailJob } from './jobs.server';

// A real SMTP peer on loopback: the job must deliver over SMTP when SMTP_URL is set. For the lanes
// (ADR 015) it can hold mails to @bulk.example in their DATA phase until told to let them through,
// and it refuses one address: "sent side by side" and "urgent while bulk is still pending" are then
// states the tests wait for, not durations they measure.
const refused = 'weigert@school.example';
const received: { to: string[]; body: string }[] = [];
const delivered = () => received.flatMap((m) => m.to);
let held: (() => void)[] = [];
let holdBulk = true;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(address, _session, callback) {
    if (address.address === refused) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    callback();
  },
  onData(stream, session, callback) {
    let body = '';
    stream.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const accept = () => { received.push({ to, body }); callback(); };
      if (holdBulk && to.some((a) => a.endsWith('@bulk.example'))) held.push(accept);
      else accept();
    });
  }
});

function releaseBulk(): void {
  holdBulk = false;
  for (const accept of held) accept();
  held = [];
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result = await database.handle.db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
  return Number(rows[0]!.n);
}

let database: TestDatabase;
beforeAll(async () => {
  await listenAsSmtpUrl(server);
  database = await openTestDatabase();
});
afterAll(() => closeSmtpPeer(server, () => database.close()));

describe('the mail jobs over SMTP', () => {
  it('delivers the mail to the SMTP peer and records it as sent', async () => {
    await enqueue(urgentMailJob, { to: 'an@school.example', subject: 'Uitnodiging', text: 'Dag An,\nwelkom.' });
    expect(await drainQueue(mailJobs)).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['an@school.example']);
    expect(received[0]!.body).toContain('Subject: Uitnodiging');
    const mail = await latestMailTo('an@school.example');
    expect(mail?.transport).toBe('smtp');
    expect(mail?.sentAt).not.toBeNull();
  });

  it('sets Reply-To when the mail names one (a contact message, ADR 053)', async () => {
    await enqueue(urgentMailJob, { to: 'info@samana.example', subject: 'Contactbericht', text: 'Een vraag.', replyTo: 'lotte@school.example' });
    expect(await drainQueue(mailJobs)).toBe(1);
    expect(received.at(-1)!.body).toMatch(/^Reply-To: lotte@school\.example\r?$/m);
  });

  it('does not send twice when a job runs again with the same id', async () => {
    const before = received.length;
    await urgentMailJob.handler({ to: 'bo@school.example', subject: 'Een', text: 'x' }, '0b0b0b0b-0000-4000-8000-000000000001');
    await urgentMailJob.handler({ to: 'bo@school.example', subject: 'Een', text: 'x' }, '0b0b0b0b-0000-4000-8000-000000000001');
    expect(received.length - before).toBe(1);
    expect((await listOutbox()).filter((m) => m.recipient === 'bo@school.example')).toHaveLength(1);
  });

  it('refuses a payload without a valid address before it reaches the queue', async () => {
    await expect(enqueue(urgentMailJob, { to: 'geen-adres', subject: 'x', text: 'x' })).rejects.toThrow();
  });
});

// After the drained tests: these leave a mail in retry, which drainQueue would pick up.
describe('the mail lanes with running workers', () => {
  // Each test queues its mails before it starts the workers, so a lane's first fetch takes a full
  // batch, and stops them afterwards.
  afterEach(async () => {
    releaseBulk();
    await stopQueue();
  });

  it('sends bulk mails side by side, and an urgent mail while every bulk connection is still busy', async () => {
    const bulk = Array.from({ length: 30 }, (_, i) => `lid-${i + 1}@bulk.example`);
    for (const to of bulk) await enqueue(bulkMailJob, { to, subject: 'Uitnodiging bijeenkomst', text: 'Welkom.' });
    await startWorkers(mailJobs);

    // As many bulk mails in their DATA phase at once as the lane has connections: sent side by side.
    await until('the bulk lane to fill its SMTP connections', () => held.length >= laneLimits.bulk.connections);
    expect(held.length).toBe(laneLimits.bulk.connections);

    await enqueue(urgentMailJob, { to: 'cor@school.example', subject: 'Je aanmeldlink', text: 'Klik op de link.' });
    await until('the urgent mail', () => delivered().includes('cor@school.example'));
    expect(delivered().filter((a) => a.endsWith('@bulk.example'))).toEqual([]);
    expect(await count(sql`select count(*) as n from mails where recipient like '%@bulk.example' and sent_at is not null`)).toBe(0);

    releaseBulk();
    await until('all bulk mails recorded as sent', async () =>
      (await count(sql`select count(*) as n from mails where recipient like '%@bulk.example' and sent_at is not null`)) === bulk.length);
    expect(delivered().filter((a) => a.endsWith('@bulk.example')).sort()).toEqual([...bulk].sort());
    expect(await count(sql`select count(*) as n from mails where recipient like '%@bulk.example'`)).toBe(bulk.length);
  });

  it('retries only the mail the SMTP peer refused, not the others fetched with it', async () => {
    const others = ['cas@school.example', 'dirk@school.example', 'ella@school.example'];
    const ids: string[] = [];
    for (const to of [...others, refused]) ids.push((await enqueue(urgentMailJob, { to, subject: 'Bevestiging', text: 'Je bent ingeschreven.' }))!);
    expect(ids).toHaveLength(laneLimits.urgent.concurrency);
    await startWorkers(mailJobs);

    const boss = await startQueue();
    const queue = `${urgentMailJob.name}.v${urgentMailJob.version}`;
    const state = async (id: string) => (await boss.findJobs(queue, { id }))[0];
    await until('the refused mail to fail once', async () => (await state(ids[3]!))?.state === 'retry');
    for (const id of ids.slice(0, 3)) expect(await state(id)).toMatchObject({ state: 'completed', retryCount: 0 });
    expect(delivered().filter((a) => others.includes(a)).sort()).toEqual(others);
  });
});
