// Reads of an organisation's contact messages, for its inbox (ADR 053).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { networks } from '../networks/tables.server';
import { people } from '../people/tables.server';
import { contactStatuses } from './rules';
import { contactMessages, contactReplies } from './tables.server';

export type ContactStatus = (typeof contactStatuses)[number];

/** One tab of the inbox (newest first), each message with the answers sent so far. */
export async function listContactMessages(organisationId: AuthorizedOrgId, status: ContactStatus) {
  const messages = await db()
    .select({
      id: contactMessages.id, name: contactMessages.name, email: contactMessages.email, school: contactMessages.school,
      message: contactMessages.message, status: contactMessages.status, createdAt: contactMessages.createdAt, networkName: networks.name
    })
    .from(contactMessages)
    .leftJoin(networks, eq(networks.id, contactMessages.networkId))
    .where(and(eq(contactMessages.organisationId, organisationId), eq(contactMessages.status, status)))
    .orderBy(desc(contactMessages.createdAt))
    .limit(200);
  const replies = messages.length === 0 ? [] : await db()
    .select({ messageId: contactReplies.messageId, body: contactReplies.body, createdAt: contactReplies.createdAt, authorName: people.name })
    .from(contactReplies)
    .leftJoin(people, eq(people.id, contactReplies.authorId))
    .where(inArray(contactReplies.messageId, messages.map((m) => m.id)))
    .orderBy(asc(contactReplies.createdAt));
  return messages.map((m) => ({ ...m, replies: replies.filter((r) => r.messageId === m.id) }));
}

/** How many messages each tab holds, for the tab labels. */
export async function countContactMessages(organisationId: AuthorizedOrgId): Promise<Record<ContactStatus, number>> {
  const counts = await Promise.all(contactStatuses.map((status) =>
    db().$count(contactMessages, and(eq(contactMessages.organisationId, organisationId), eq(contactMessages.status, status)))));
  return Object.fromEntries(contactStatuses.map((status, i) => [status, counts[i] ?? 0])) as Record<ContactStatus, number>;
}
