// A real SMTP server for the Playwright suite, run as its own process by scripts/e2e-server.js.
// The app delivers to it over TCP with nodemailer; each message is parsed and kept as one JSON file
// (to, subject, text, attachments) that the tests read back (see mailsTo in support.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const dir = process.env.E2E_MAIL_DIR ?? './data/e2e-mail';
const port = Number(process.env.E2E_SMTP_PORT ?? 2526);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let sequence = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    simpleParser(stream).then((mail) => {
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      const file = join(dir, `${Date.now()}-${String(++sequence).padStart(6, '0')}.json`);
      writeFileSync(file, JSON.stringify({
        to, subject: mail.subject ?? '', text: mail.text ?? '',
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content.toString('utf8') }))
      }));
      callback();
    }, callback);
  }
});
server.listen(port, '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
