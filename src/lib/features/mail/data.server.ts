import { desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { mails } from './tables.server';

export async function listOutbox(limit = 200) {
  return db()
    .select({
      id: mails.id,
      recipient: mails.recipient,
      subject: mails.subject,
      textBody: mails.textBody,
      transport: mails.transport,
      attachmentNames: mails.attachmentNames,
      sentAt: mails.sentAt,
      createdAt: mails.createdAt
    })
    .from(mails)
    .orderBy(desc(mails.createdAt))
    .limit(limit);
}

/** Latest mail to one address (tests and the demo read login links this way). */
export async function latestMailTo(recipient: string) {
  const [mail] = await db()
    .select()
    .from(mails)
    .where(eq(mails.recipient, recipient))
    .orderBy(desc(mails.createdAt))
    .limit(1);
  return mail ?? null;
}
