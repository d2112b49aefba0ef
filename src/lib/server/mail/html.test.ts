import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { alreadyRegisteredMail, confirmSignUpMail } from '$lib/features/accounts/emails/sign-up-mails';
import { meetingMail } from '$lib/features/meetings/emails/meeting-mails';
import { invitationMail, magicLinkMail, passwordResetMail } from '$lib/features/people/emails/login-mails';
import { joinDecisionMail, joinRequestMail } from '$lib/features/schools/emails/join-mails';
import { requestAcceptedMail, requestDeclinedMail } from '$lib/features/training-requests/emails/training-request-mails';
import { preMeetingMail } from '$lib/features/pre-meetings/emails/pre-meeting-mails';
import { brandedMailHtml } from './html';

describe('the branded HTML part of a mail', () => {
  it('shows the organisation name and logo above the same text, escaped, with links', () => {
    const html = brandedMailHtml('Dag <Jan>,\n\nBeheer: https://x.example/a?b=1&c=2', {
      organisationName: 'Samana & co', logoUrl: 'https://netwerkplein.example/organisaties/samana/logo?v=abc', accent: '#1b5e20'
    }, 'nl');
    expect(html).toContain('<img src="https://netwerkplein.example/organisaties/samana/logo?v=abc" alt="Samana &amp; co"');
    expect(html).toContain('Samana &amp; co</p>');
    expect(html).toContain('Dag &lt;Jan&gt;,');
    expect(html).toContain('<a href="https://x.example/a?b=1&amp;c=2" style="color:#1b5e20;text-decoration:underline');
    expect(html).toContain('border-top:6px solid #1b5e20');
    expect(html).not.toContain('<Jan>');
  });

  it('falls back to the platform accent and no image', () => {
    const html = brandedMailHtml('Tekst', { organisationName: 'X', logoUrl: null, accent: 'red;background:url(x)' }, 'en');
    expect(html).not.toContain('<img');
    expect(html).toContain('#0b5394');
    expect(html).not.toContain('url(x)');
    expect(html).toContain('<html lang="en">');
  });
});

describe('the multipart mail as a client reads it, over SMTP', () => {
  it('carries the text (multipart/alternative), the same words in the branded layout, and the attachment', { timeout: 20_000 }, async () => {
    const { SMTPServer } = await import('smtp-server');
    const { listenAsSmtpUrl, closeSmtpPeer, until } = await import('../../../../tests/smtp');
    const { smtpPool } = await import('./transport');
    const raw: string[] = [];
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) { let one = ''; stream.on('data', (chunk: Buffer) => { one += chunk.toString(); }); stream.on('end', () => { raw.push(one); callback(); }); }
    });
    await listenAsSmtpUrl(server);
    try {
      const platform = magicLinkMail({ email: 'an@example.org', name: 'An', locale: 'nl' }, 'https://netwerkplein.example/aanmelden/link/abc');
      const branded = preMeetingMail('chosen', { email: 'jan@example.org', name: 'Jan', locale: 'en' }, {
        activityId: '00000000-0000-4000-8000-000000000001', activityTitle: 'Studiereis <Hamburg>', startsAt: new Date('2027-10-05T17:00:00Z'),
        durationMinutes: 60, onlineUrl: 'https://meet.example/x', chosenAt: new Date('2027-09-01T10:00:00Z'), pageUrl: 'https://netwerkplein.example/voorbereiding',
        brand: { organisationName: 'Ouders & School vzw', accent: '#1b5e20', logoUrl: 'https://netwerkplein.example/organisaties/ouders-en-school/logo?v=abc&formaat=png' }
      });
      const pool = smtpPool(1);
      await pool.send(platform);
      await pool.send(branded);
      await until('both mails at the peer', () => raw.length === 2);
      expect(raw[0]).toContain('multipart/alternative');
      const [first, second] = await Promise.all(raw.map((r) => simpleParser(r)));

      expect(first!.text?.trim()).toBe(platform.text);
      expect(first!.html).toContain('<html lang="nl">');
      expect(first!.html).toContain('Netwerkplein</p>');
      expect(first!.html).toContain('<a href="https://netwerkplein.example/aanmelden/link/abc"');
      expect(first!.html).not.toContain('<img');

      expect(second!.text?.trim()).toBe(branded.text);
      expect(second!.html).toContain('<html lang="en">');
      expect(second!.html).toContain('<img src="https://netwerkplein.example/organisaties/ouders-en-school/logo?v=abc&amp;formaat=png" alt="Ouders &amp; School vzw"');
      expect(second!.html).toContain('border-top:6px solid #1b5e20');
      expect(second!.html).toContain('aria-label="Preparation Studiereis &lt;Hamburg&gt;: the date is set"');
      expect(second!.html).not.toContain('<Hamburg>');
      expect(second!.attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    } finally {
      await closeSmtpPeer(server, async () => {});
    }
  });
});

describe('every mail composer', () => {
  const to = { email: 'an@example.org', name: 'An', locale: 'nl' as const };
  const brand = { organisationName: 'Samana', accent: '#1b5e20', logoUrl: null };
  const url = 'https://netwerkplein.example/x';
  const meeting = { networkName: 'Scholennetwerk', sequence: 1, startsAt: new Date('2027-01-12T18:00:00Z'), learningQuestion: 'Hoe?', onlineUrl: null, harvest: 'Oogst', pageUrl: url, brand };
  const training = { ...to, organisationName: 'Samana', theme: 'Mantelzorg', brand };
  // The registration mails have theirs in registrations' db tests (they need a registration's context).
  const mails = {
    magicLinkMail: magicLinkMail(to, url), passwordResetMail: passwordResetMail(to, url), invitationMail: invitationMail(to, 'Jan', 'School', 'leerkracht', url),
    confirmSignUpMail: confirmSignUpMail(to, url), alreadyRegisteredMail: alreadyRegisteredMail(to, url, url),
    joinRequestMail: joinRequestMail(to, { requesterName: 'Jan', requesterEmail: 'jan@example.org', schoolName: 'School', access: 'staff', schoolRole: 'leerkracht' }, url),
    joinDecisionMail: joinDecisionMail(to, 'School', true, url),
    meetingMail: meetingMail('invitation', to, meeting), harvestMail: meetingMail('harvest', to, meeting),
    requestAcceptedMail: requestAcceptedMail(to, { ...training, title: 'Vorming', startsAt: meeting.startsAt, endsAt: new Date('2027-01-12T20:00:00Z'), activityUrl: url }),
    requestDeclinedMail: requestDeclinedMail(to, { ...training, requestsUrl: url })
  };

  it.each(Object.entries(mails))('%s has the HTML layout beside its text, with the same words', (_name, mail) => {
    expect(mail.html).toContain('role="article"');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain(`<a href="${url}"`);
    for (const line of mail.text.split('\n').filter((l) => l && !l.includes('http'))) expect(mail.html).toContain(line.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  });

  it('brands an organisation\'s mails and signs the platform\'s own as Netwerkplein', () => {
    expect(mails.meetingMail.html).toContain('Samana</p>');
    expect(mails.requestDeclinedMail.html).toContain('solid #1b5e20');
    expect(mails.magicLinkMail.html).toContain('Netwerkplein</p>');
    expect(mails.magicLinkMail.html).toContain('solid #0b5394');
  });
});
