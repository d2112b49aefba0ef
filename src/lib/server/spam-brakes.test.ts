import { describe, expect, it } from 'vitest';
import { checkFormTicket, checkSpamBrakes, formTicket, minimumFillMilliseconds } from './spam-brakes';

const key = 'test-key';
const opened = new Date('2027-03-01T09:00:00Z');
const after = (ms: number) => new Date(opened.getTime() + ms);

describe('the fill-time ticket of a public form', () => {
  it('passes once the form was open a few seconds, and not before', () => {
    const ticket = formTicket('contact', opened, key);
    expect(checkFormTicket('contact', ticket, key, after(minimumFillMilliseconds - 1))).toBe('too-fast');
    expect(checkFormTicket('contact', ticket, key, after(minimumFillMilliseconds))).toBe('ok');
    expect(checkFormTicket('contact', ticket, key, after(25 * 3_600_000))).toBe('stale');
  });

  it('refuses a backdated, foreign or malformed ticket, and one made for another form', () => {
    const [issuedAt, signature] = formTicket('contact', opened, key).split('.');
    expect(checkFormTicket('contact', `${Number(issuedAt) - 60_000}.${signature}`, key, after(10_000))).toBe('invalid');
    expect(checkFormTicket('contact', formTicket('contact', opened, 'other-key'), key, after(10_000))).toBe('invalid');
    expect(checkFormTicket('newsletter-subscription', formTicket('contact', opened, key), key, after(10_000))).toBe('invalid');
    for (const bad of ['', 'abc', '123', '123.', '.sig', '1.2.3']) expect(checkFormTicket('contact', bad, key, after(10_000))).toBe('invalid');
  });
});

describe('the spam brakes', () => {
  it('refuse the honeypot before the ticket, and let a good post through', () => {
    const ticket = formTicket('newsletter-subscription', opened, key);
    expect(checkSpamBrakes('newsletter-subscription', { website: 'https://spam.example', ticket }, key, after(10_000))).toBe('honeypot');
    expect(checkSpamBrakes('newsletter-subscription', { website: '', ticket: '' }, key, after(10_000))).toBe('ticket-invalid');
    expect(checkSpamBrakes('newsletter-subscription', { website: '', ticket }, key, after(1_000))).toBe('too-fast');
    expect(checkSpamBrakes('newsletter-subscription', { website: '', ticket }, key, after(10_000))).toBeNull();
  });
});
