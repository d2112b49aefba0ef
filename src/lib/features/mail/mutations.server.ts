import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { mails } from './tables.server';
import type { MailPayload } from './schema';

/** Records a mail once per job id; returns false when it was already handled (job retried). */
export async function recordMail(id: string, mail: MailPayload, transport: 'outbox' | 'smtp'): Promise<boolean> {
  const inserted = await db()
    .insert(mails)
    .values({ id, recipient: mail.to, subject: mail.subject, textBody: mail.text, transport, attachmentNames: (mail.attachments ?? []).map((a) => a.filename) })
    .onConflictDoNothing()
    .returning({ id: mails.id });
  if (inserted.length > 0) return true;
  const [existing] = await db().select({ sentAt: mails.sentAt }).from(mails).where(eq(mails.id, id));
  return transport === 'smtp' && !existing?.sentAt;
}

export async function markMailSent(id: string): Promise<void> {
  await db().update(mails).set({ sentAt: new Date() }).where(eq(mails.id, id));
}
