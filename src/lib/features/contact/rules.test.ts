import { describe, expect, it } from 'vitest';
import { checkContactTicket, contactTicket, minimumFillMilliseconds } from './rules';
import { contactAnswerMail, contactForwardMail } from './emails/contact-mails';

const key = 'test-key';
const opened = new Date('2027-03-01T09:00:00Z');
const after = (ms: number) => new Date(opened.getTime() + ms);

describe('the contact form’s ticket', () => {
  it('passes once the form was open a few seconds, and not before', () => {
    const ticket = contactTicket(opened, key);
    expect(checkContactTicket(ticket, key, after(minimumFillMilliseconds - 1))).toBe('too-fast');
    expect(checkContactTicket(ticket, key, after(minimumFillMilliseconds))).toBe('ok');
    expect(checkContactTicket(ticket, key, after(25 * 3_600_000))).toBe('stale');
  });

  it('refuses a backdated, foreign or malformed ticket', () => {
    const [issuedAt, signature] = contactTicket(opened, key).split('.');
    expect(checkContactTicket(`${Number(issuedAt) - 60_000}.${signature}`, key, after(10_000))).toBe('invalid');
    expect(checkContactTicket(contactTicket(opened, 'other-key'), key, after(10_000))).toBe('invalid');
    for (const bad of ['', 'abc', '123', '123.', '.sig', '1.2.3']) expect(checkContactTicket(bad, key, after(10_000))).toBe('invalid');
  });
});

describe('the contact mails', () => {
  const brand = { organisationName: 'Samana', accent: null, logoUrl: null };
  it('forward with Reply-To the sender, so replying reaches the person who wrote', () => {
    const mail = contactForwardMail({ email: 'info@samana.example', name: 'Samana', locale: 'nl' }, 'Samana',
      { name: 'Lotte', email: 'lotte@school.example', school: '', message: 'Een vraag over het netwerk.', networkName: null, sentAt: opened, inboxUrl: 'http://localhost/werkruimte/samana/berichten' }, brand);
    expect(mail).toMatchObject({ to: 'info@samana.example', replyTo: 'lotte@school.example', subject: 'Contactbericht van Lotte' });
    expect(mail.text).toContain('http://localhost/werkruimte/samana/berichten');
  });

  it('answer with Reply-To the organisation’s address when it has one', () => {
    const to = { email: 'lotte@school.example', name: 'Lotte', locale: 'nl' as const };
    const c = { organisationName: 'Samana', body: 'Welkom!', original: 'Een vraag.', sentAt: opened, brand };
    expect(contactAnswerMail(to, { ...c, replyTo: 'info@samana.example' }).replyTo).toBe('info@samana.example');
    expect(contactAnswerMail(to, { ...c, replyTo: null }).replyTo).toBeUndefined();
  });
});
