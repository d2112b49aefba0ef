import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue, enqueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { latestMailTo, listOutbox } from './data.server';
import { sendMailJob } from './jobs.server';

// A real SMTP peer on loopback: the job must deliver over SMTP when SMTP_URL is set.
const received: { to: string[]; body: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let body = '';
    stream.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
      callback();
    });
  }
});

let database: TestDatabase;
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
  server.close();
  delete process.env.SMTP_URL;
});

describe('the mail.send job over SMTP', () => {
  it('delivers the mail to the SMTP peer and records it as sent', async () => {
    await enqueue(sendMailJob, { to: 'an@school.example', subject: 'Uitnodiging', text: 'Dag An,\nwelkom.' });
    expect(await drainQueue([sendMailJob])).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['an@school.example']);
    expect(received[0]!.body).toContain('Subject: Uitnodiging');
    const mail = await latestMailTo('an@school.example');
    expect(mail?.transport).toBe('smtp');
    expect(mail?.sentAt).not.toBeNull();
  });

  it('does not send twice when a job runs again with the same id', async () => {
    const before = received.length;
    await sendMailJob.handler({ to: 'bo@school.example', subject: 'Een', text: 'x' }, '0b0b0b0b-0000-4000-8000-000000000001');
    await sendMailJob.handler({ to: 'bo@school.example', subject: 'Een', text: 'x' }, '0b0b0b0b-0000-4000-8000-000000000001');
    expect(received.length - before).toBe(1);
    expect((await listOutbox()).filter((m) => m.recipient === 'bo@school.example')).toHaveLength(1);
  });

  it('refuses a payload without a valid address before it reaches the queue', async () => {
    await expect(enqueue(sendMailJob, { to: 'geen-adres', subject: 'x', text: 'x' })).rejects.toThrow();
  });
});
