import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginTokens, people } from '$lib/server/db/schema';
import { drainQueue, recordJob, startWorkers, stopQueue, transactionWithJobs } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { closeSmtpPeer, listenAsSmtpUrl, until } from '../../../../tests/smtp';
import { requestMagicLink } from '../people/mutations.server';
import { latestMailTo } from './data.server';
import { mailJobs, urgentMailJob } from './jobs.server';

// ADR 022: a mail is recorded in the transaction of the change it follows. Over a real SMTP peer:
// a rolled-back change never mails, a committed one mails even when no worker ran at the commit,
// and a job that cannot be recorded refuses the change itself.
const received: string[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => { received.push(...session.envelope.rcptTo.map((r) => r.address)); callback(); });
  }
});

let database: TestDatabase;
beforeAll(async () => {
  await listenAsSmtpUrl(server);
  database = await openTestDatabase();
});
afterAll(() => closeSmtpPeer(server, () => database.close()));

async function person(name: string) {
  const email = uniqueEmail(name);
  const [row] = await database.handle.db.insert(people).values({ email, name }).returning({ id: people.id });
  return { id: row!.id, email };
}

const tokensOf = (personId: string) => database.handle.db.select().from(loginTokens).where(eq(loginTokens.personId, personId));

describe('side effects recorded in the transaction', () => {
  it('never sends a mail recorded in a transaction that rolled back', async () => {
    const email = uniqueEmail('teruggedraaid');
    await expect(transactionWithJobs(async (tx) => {
      await tx.insert(people).values({ email, name: 'Teruggedraaid' });
      await recordJob(tx, urgentMailJob, { to: email, subject: 'Welkom', text: 'Dag.' });
      throw new Error('the change is refused after its mail was recorded');
    })).rejects.toThrow('refused');
    expect(await drainQueue(mailJobs)).toBe(0);
    expect(await database.handle.db.select().from(people).where(eq(people.email, email))).toEqual([]);
    expect(await latestMailTo(email)).toBeNull();
    expect(received).not.toContain(email);
  });

  it('sends the mail of a committed change after the workers start again', async () => {
    const an = await person('an');
    // No worker runs while the change commits (as if the process died right after the commit).
    await stopQueue();
    expect(await requestMagicLink(an.email, '192.0.2.1')).toEqual({ ok: true });
    await stopQueue();
    expect(received).not.toContain(an.email);
    await startWorkers(mailJobs);
    await until('the sign-in link over SMTP', () => received.includes(an.email));
    expect((await latestMailTo(an.email))?.subject).toBeTruthy();
    expect(await tokensOf(an.id)).toHaveLength(1);
    await stopQueue();
  });

  it('refuses the change as a whole when its mail cannot be queued: no token, no mail', async () => {
    const bo = await person('bo');
    await drainQueue(mailJobs);
    const [queue] = (await database.handle.db.execute(sql`select table_name as "table" from pgboss.queue where name = 'mail.send.v1'`) as unknown as { rows: { table: string }[] }).rows;
    const table = sql.identifier(queue!.table);
    // The queue refuses this one job, as a full disk or a broken queue table would.
    await database.handle.db.execute(sql`alter table pgboss.${table} add constraint queue_down check (data->>'to' is distinct from ${sql.raw(`'${bo.email}'`)})`);
    try {
      await expect(requestMagicLink(bo.email, '192.0.2.2')).rejects.toThrow();
    } finally {
      await database.handle.db.execute(sql`alter table pgboss.${table} drop constraint queue_down`);
    }
    expect(await tokensOf(bo.id)).toEqual([]);
    expect(await drainQueue(mailJobs)).toBe(0);
    expect(await latestMailTo(bo.email)).toBeNull();
  });
});
