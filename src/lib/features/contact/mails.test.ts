import { describe, expect, it } from 'vitest';
import { contactAnswerMail, contactForwardMail } from './emails/contact-mails';

const opened = new Date('2027-03-01T09:00:00Z');

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
