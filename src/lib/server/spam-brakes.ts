// The spam brakes of the public forms anyone may post without an account (ADR 053, reused by the
// newsletter subscription, ADR 057): a honeypot field only bots fill, and a ticket — the time the
// form was rendered, signed with HMAC-SHA256 — that refuses a post made within seconds of loading,
// a form left open over a day, and a forged or missing ticket. Pure: the key is handed in (the
// people feature keeps it in the database, so every app instance signs with the same one). The
// per-client limits are the sign-in limiter's windows (`takeRateLimit`, ADR 019), per form.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** A person needs a few seconds to fill a form; a bot posting at once is refused. */
export const minimumFillMilliseconds = 3_000;
/** A form left open longer than a day is stale: load the page again. */
export const maximumTicketAgeMilliseconds = 24 * 3_600_000;

/** Which form a ticket is for: a ticket of one form is no good on another. */
export type FormPurpose = 'contact' | 'newsletter-subscription';

/** The two hidden fields every braked form carries; `website` is the honeypot. */
export const spamBrakeFields = {
  website: z.string().max(500).default(''),
  ticket: z.string().max(200).default('')
};

const sign = (purpose: FormPurpose, issuedAt: string, key: string) => createHmac('sha256', key).update(`${purpose}:${issuedAt}`).digest('base64url');

/** The hidden field the form carries: when it was opened, signed so it cannot be backdated. */
export function formTicket(purpose: FormPurpose, now: Date, key: string): string {
  const issuedAt = String(now.getTime());
  return `${issuedAt}.${sign(purpose, issuedAt, key)}`;
}

export type TicketCheck = 'ok' | 'too-fast' | 'stale' | 'invalid';

export function checkFormTicket(purpose: FormPurpose, ticket: string, key: string, now: Date): TicketCheck {
  const [issuedAt, signature, ...rest] = ticket.split('.');
  if (!issuedAt || !signature || rest.length > 0 || !/^\d{1,15}$/.test(issuedAt)) return 'invalid';
  const expected = Buffer.from(sign(purpose, issuedAt, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - Number(issuedAt);
  if (age < minimumFillMilliseconds) return 'too-fast';
  if (age > maximumTicketAgeMilliseconds) return 'stale';
  return 'ok';
}

export type SpamBrakeRefusal = 'honeypot' | 'too-fast' | 'stale' | 'ticket-invalid';

/** The honeypot first, then the ticket; null when the post may go on to the limits. */
export function checkSpamBrakes(purpose: FormPurpose, input: { website: string; ticket: string }, key: string, now: Date): SpamBrakeRefusal | null {
  if (input.website !== '') return 'honeypot';
  const ticket = checkFormTicket(purpose, input.ticket, key, now);
  if (ticket === 'invalid') return 'ticket-invalid';
  return ticket === 'ok' ? null : ticket;
}
