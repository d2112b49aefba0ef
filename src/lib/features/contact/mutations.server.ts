// Writes of the contact form and its inbox (ADR 053). A message is stored and forwarded in one
// transaction (ADR 022); a refused one writes nothing and sends nothing.
import { and, eq, isNotNull } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import type { Locale } from '$lib/i18n/messages';
import { urgentMailJob } from '../mail/jobs.server';
import { findMailBrand } from '../organisations/data.server';
import { organisationRoles, organisations } from '../organisations/tables.server';
import { networks } from '../networks/tables.server';
import { people } from '../people/tables.server';
import { newFormTicket, passSpamBrakes, takeRateLimit } from '../people/mutations.server';
import { contactAnswerMail, contactForwardMail } from './emails/contact-mails';
import { contactLimits } from './rules';
import type { ContactMessageInput } from './schema';
import { contactMessages, contactReplies } from './tables.server';
import type { ContactTarget } from './types';

/** The ticket a freshly loaded contact form carries. */
export function newContactTicket(now = new Date()): Promise<string> {
  return newFormTicket('contact', now);
}

export type SendContactResult = { ok: true } | { ok: false; reason: 'honeypot' | 'too-fast' | 'stale' | 'ticket-invalid' | 'rate-limited' };

export const sendContactFailures = {
  honeypot: { status: 400, key: 'contactRefused' },
  'ticket-invalid': { status: 400, key: 'contactRefused' },
  'too-fast': { status: 400, key: 'contactTooFast' },
  stale: { status: 400, key: 'contactStale' },
  'rate-limited': { status: 429, key: 'contactRateLimited' }
} satisfies FailureMap<SendContactResult>;

/** Where the message is forwarded: the network's and the organisation's address, else its facilitators. */
async function forwardAddresses(tx: Tx, target: ContactTarget): Promise<string[]> {
  const [org] = await tx.select({ email: organisations.contactEmail }).from(organisations).where(eq(organisations.id, target.organisationId));
  const [network] = target.networkId
    ? await tx.select({ email: networks.contactEmail }).from(networks).where(eq(networks.id, target.networkId))
    : [];
  const addresses = [network?.email, org?.email].filter((a): a is string => !!a);
  if (addresses.length > 0) return [...new Set(addresses.map((a) => a.toLowerCase()))];
  const facilitators = await tx.select({ email: people.email }).from(organisationRoles)
    .innerJoin(people, eq(people.id, organisationRoles.personId))
    .where(and(eq(organisationRoles.organisationId, target.organisationId), eq(organisationRoles.role, 'facilitator'), isNotNull(people.email)));
  return [...new Set(facilitators.map((f) => f.email))];
}

/**
 * A visitor's message. The honeypot and the ticket are checked first (a bot's post counts against
 * nobody), then the limits per client, per address and per organisation. Nobody gets a mail at the
 * address typed in the form: that would let anyone send mail in the organisation's name to a stranger.
 */
export async function sendContactMessage(target: ContactTarget, input: ContactMessageInput, client: string, locale: Locale, now = new Date()): Promise<SendContactResult> {
  const braked = await passSpamBrakes('contact', input, now);
  if (braked) return { ok: false, reason: braked };
  const { perClient, perAddress, perOrganisation, windowSeconds } = contactLimits;
  const limited = await transactionWithJobs(async (tx) => {
    const within = await takeRateLimit(`contact:client:${client}`, perClient, windowSeconds, tx) &&
      await takeRateLimit(`contact:address:${input.email}`, perAddress, windowSeconds, tx) &&
      await takeRateLimit(`contact:organisation:${target.organisationId}`, perOrganisation, windowSeconds, tx);
    if (!within) return true;
    await tx.insert(contactMessages).values({
      organisationId: target.organisationId, networkId: target.networkId, name: input.name, email: input.email,
      school: input.school, message: input.message, locale, createdAt: now
    });
    const origin = readEnv().ORIGIN;
    const [org] = await tx.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, target.organisationId));
    const brand = await findMailBrand(target.organisationId, origin, tx);
    const forwarded = { ...input, networkName: target.networkName, sentAt: now, inboxUrl: `${origin}/werkruimte/${org!.slug}/berichten` };
    for (const email of await forwardAddresses(tx, target)) {
      await recordJob(tx, urgentMailJob, contactForwardMail({ email, name: target.organisationName, locale: 'nl' }, target.organisationName, forwarded, brand));
    }
    return false;
  });
  // Over a limit the transaction still commits, with only the counters: a refused attempt counts.
  return limited ? { ok: false, reason: 'rate-limited' } : { ok: true };
}

export type ContactInboxResult = { ok: true } | { ok: false; reason: 'not-found' };

export const contactInboxFailures = {
  'not-found': { status: 404, field: 'form', key: 'contactNotFound' }
} satisfies FailureMap<ContactInboxResult>;

/** The facilitator's answer: kept, mailed to the sender in their language, and the message marked answered. */
export async function answerContactMessage(organisationId: AuthorizedOrgId, messageId: string, authorId: string, body: string): Promise<ContactInboxResult> {
  return transactionWithJobs(async (tx) => {
    const [message] = await tx.update(contactMessages).set({ status: 'answered' })
      .where(and(eq(contactMessages.id, messageId), eq(contactMessages.organisationId, organisationId)))
      .returning({ name: contactMessages.name, email: contactMessages.email, locale: contactMessages.locale, message: contactMessages.message, createdAt: contactMessages.createdAt });
    if (!message) return { ok: false, reason: 'not-found' } as const;
    await tx.insert(contactReplies).values({ messageId, authorId, body });
    const [org] = await tx.select({ name: organisations.name, email: organisations.contactEmail }).from(organisations).where(eq(organisations.id, organisationId));
    const brand = await findMailBrand(organisationId, readEnv().ORIGIN, tx);
    await recordJob(tx, urgentMailJob, contactAnswerMail({ email: message.email, name: message.name, locale: message.locale }, {
      organisationName: org!.name, body, original: message.message, sentAt: message.createdAt, replyTo: org!.email, brand
    }));
    return { ok: true } as const;
  });
}

/** Closing (or reopening) a message; only the organisation's own messages change. */
export async function setContactStatus(organisationId: AuthorizedOrgId, messageId: string, status: 'new' | 'answered' | 'closed'): Promise<ContactInboxResult> {
  const changed = await db().update(contactMessages).set({ status })
    .where(and(eq(contactMessages.id, messageId), eq(contactMessages.organisationId, organisationId)))
    .returning({ id: contactMessages.id });
  return changed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}
