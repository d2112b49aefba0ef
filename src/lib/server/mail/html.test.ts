import { describe, expect, it } from 'vitest';
import { brandedMailHtml } from './html';

describe('the branded HTML part of a mail', () => {
  it('shows the organisation name and logo above the same text, escaped, with links', () => {
    const html = brandedMailHtml('Dag <Jan>,\n\nBeheer: https://x.example/a?b=1&c=2', {
      organisationName: 'Samana & co', logoUrl: 'https://netwerkplein.example/organisaties/samana/logo?v=abc', accent: '#1b5e20'
    }, 'nl');
    expect(html).toContain('<img src="https://netwerkplein.example/organisaties/samana/logo?v=abc" alt="Samana &amp; co"');
    expect(html).toContain('Samana &amp; co</p>');
    expect(html).toContain('Dag &lt;Jan&gt;,');
    expect(html).toContain('<a href="https://x.example/a?b=1&amp;c=2">');
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

describe('the SMTP transport', () => {
  it('sends the HTML part beside the text part', { timeout: 20_000 }, async () => {
    const { SMTPServer } = await import('smtp-server');
    const { listenAsSmtpUrl, closeSmtpPeer, until } = await import('../../../../tests/smtp');
    const { smtpPool } = await import('./transport');
    let raw = '';
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) { stream.on('data', (chunk: Buffer) => { raw += chunk.toString(); }); stream.on('end', () => callback()); }
    });
    await listenAsSmtpUrl(server);
    try {
      await smtpPool(1).send({ to: 'an@example.org', subject: 'Test', text: 'Dag An', html: brandedMailHtml('Dag An', { organisationName: 'Samana', logoUrl: null, accent: null }, 'nl') });
      await until('the mail at the peer', () => raw.includes('text/html'));
      expect(raw).toContain('text/plain');
      expect(raw).toContain('multipart/alternative');
    } finally {
      await closeSmtpPeer(server, async () => {});
    }
  });
});
