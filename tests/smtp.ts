// A real SMTP peer on loopback for integration tests that deliver mail: SMTP_URL points at it
// while the file runs, so the mail jobs send over SMTP instead of filling the outbox.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import { closeSmtp } from '../src/lib/server/mail/transport';

export async function listenAsSmtpUrl(server: SMTPServer): Promise<void> {
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}

/** Closes the app's SMTP pools, then (after `closeDatabase`) the peer, and unsets SMTP_URL. */
export async function closeSmtpPeer(server: SMTPServer, closeDatabase: () => Promise<void>): Promise<void> {
  closeSmtp();
  await closeDatabase();
  server.close();
  delete process.env.SMTP_URL;
}

/** Waits for a state of the system; the deadline only turns a broken lane into a failure, not a hang. */
export async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
