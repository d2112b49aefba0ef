import { describe, expect, it } from 'vitest';
import { normaliseAddress, personalise, personaliseHtml, sendOutcome } from './rules';

describe('what an SMTP answer means for a recipient', () => {
  it('reads a 5xx as a refusal for good', () => {
    expect(sendOutcome(Object.assign(new Error('550 Mailbox unavailable'), { responseCode: 550, code: 'EENVELOPE' }))).toEqual({ kind: 'refused', error: '550 Mailbox unavailable' });
  });

  it('reads a 4xx as temporary, answered, without a possible duplicate', () => {
    expect(sendOutcome(Object.assign(new Error('451 Try again'), { responseCode: 451 }))).toMatchObject({ kind: 'temporary', answered: true, unclear: false });
  });

  it('counts a broken connection as possibly accepted, but not one that was never made', () => {
    expect(sendOutcome(Object.assign(new Error('socket hang up'), { code: 'ESOCKET' }))).toMatchObject({ kind: 'temporary', answered: false, unclear: true });
    expect(sendOutcome(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }))).toMatchObject({ kind: 'temporary', answered: false, unclear: false });
    expect(sendOutcome('weird')).toMatchObject({ kind: 'temporary', error: 'weird', unclear: true });
  });
});

describe('per-recipient parts', () => {
  it('keys an address lower-case and trimmed', () => {
    expect(normaliseAddress('  An.Peeters@School.EXAMPLE ')).toBe('an.peeters@school.example');
  });

  it('fills the footer link in the text, and escaped in the HTML', () => {
    expect(personalise('Uitschrijven: {{footerLink}}\n{{footerLink}}', 'https://np.example/u?a=1&b=2')).toBe('Uitschrijven: https://np.example/u?a=1&b=2\nhttps://np.example/u?a=1&b=2');
    expect(personaliseHtml('<a href="{{footerLink}}">x</a>', 'https://np.example/u?a=1&b="2"')).toBe('<a href="https://np.example/u?a=1&amp;b=&quot;2&quot;">x</a>');
    expect(personalise('Geen link: {{footerLink}}.', null)).toBe('Geen link: .');
  });
});
