// SMTP when SMTP_URL is set; otherwise mail is only recorded in the outbox table.
import nodemailer, { type Transporter } from 'nodemailer';
import { readEnv } from '../env';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post for a newsletter (RFC 8058). */
  headers?: Record<string, string>;
  /** A fixed Message-ID, so a mail sent again after a crash carries the same id as the first. */
  messageId?: string;
  /** The From display name (an organisation's); the address stays MAIL_FROM's. */
  fromName?: string;
}

/** The address part of MAIL_FROM ("Netwerkplein <no-reply@…>" or a bare address). */
export function mailFromAddress(): string {
  const from = readEnv().MAIL_FROM;
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

export function smtpConfigured(): boolean {
  return !!readEnv().SMTP_URL;
}

/**
 * A pool of open SMTP connections that sends several mails at once and reuses each connection for
 * many mails (a new connection per mail cost a TCP and SMTP handshake each). Mails beyond
 * `maxConnections` wait inside this pool only, so each mail lane has its own pool: a full bulk
 * pool never holds up an urgent mail.
 */
export interface SmtpPool {
  send: (mail: OutgoingMail) => Promise<void>;
}

const openPools = new Set<Transporter>();

export function smtpPool(maxConnections: number, maxMessages = 100): SmtpPool {
  let transporter: Transporter | undefined;
  return {
    async send(mail) {
      const env = readEnv();
      if (!env.SMTP_URL) throw new Error('SMTP_URL is not set');
      if (!transporter || !openPools.has(transporter)) {
        // Settings in SMTP_URL's query (e.g. ?maxConnections=2 for a relay that allows fewer) win.
        transporter = nodemailer.createTransport({ url: env.SMTP_URL, pool: true, maxConnections, maxMessages });
        openPools.add(transporter);
      }
      await transporter.sendMail({
        from: mail.fromName ? { name: mail.fromName, address: mailFromAddress() } : env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text,
        html: mail.html, replyTo: mail.replyTo, attachments: mail.attachments, headers: mail.headers, messageId: mail.messageId
      });
    }
  };
}

/** Closes every pool's idle connections (at shutdown, after the workers stopped); a later send reopens them. */
export function closeSmtp(): void {
  for (const transporter of openPools) transporter.close();
  openPools.clear();
}
