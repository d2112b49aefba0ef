// Pure rules of the contact form: the signed ticket that tells how long the form was open (a
// spam brake without a third-party captcha, ADR 053), and the limits per client and address.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Where a message stands in the inbox. */
export const contactStatuses = ['new', 'answered', 'closed'] as const;

/** A person needs a few seconds to write a message; a bot posting at once is refused. */
export const minimumFillMilliseconds = 3_000;
/** A form left open longer than a day is stale: load the page again. */
export const maximumTicketAgeMilliseconds = 24 * 3_600_000;
/** Messages per client (IP) and per sender address per hour, and per organisation per hour. */
export const contactLimits = { perClient: 5, perAddress: 3, perOrganisation: 60, windowSeconds: 3_600 } as const;

const sign = (issuedAt: string, key: string) => createHmac('sha256', key).update(`contact:${issuedAt}`).digest('base64url');

/** The hidden field the form carries: when it was opened, signed so it cannot be backdated. */
export function contactTicket(now: Date, key: string): string {
  const issuedAt = String(now.getTime());
  return `${issuedAt}.${sign(issuedAt, key)}`;
}

export type TicketCheck = 'ok' | 'too-fast' | 'stale' | 'invalid';

export function checkContactTicket(ticket: string, key: string, now: Date): TicketCheck {
  const [issuedAt, signature, ...rest] = ticket.split('.');
  if (!issuedAt || !signature || rest.length > 0 || !/^\d{1,15}$/.test(issuedAt)) return 'invalid';
  const expected = Buffer.from(sign(issuedAt, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - Number(issuedAt);
  if (age < minimumFillMilliseconds) return 'too-fast';
  if (age > maximumTicketAgeMilliseconds) return 'stale';
  return 'ok';
}
