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

export function smtpPool(maxConnections: number): SmtpPool {
  let transporter: Transporter | undefined;
  return {
    async send(mail) {
      const env = readEnv();
      if (!env.SMTP_URL) throw new Error('SMTP_URL is not set');
      if (!transporter || !openPools.has(transporter)) {
        // Settings in SMTP_URL's query (e.g. ?maxConnections=2 for a relay that allows fewer) win.
        transporter = nodemailer.createTransport({ url: env.SMTP_URL, pool: true, maxConnections, maxMessages: 100 });
        openPools.add(transporter);
      }
      await transporter.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, replyTo: mail.replyTo, attachments: mail.attachments });
    }
  };
}

/** Closes every pool's idle connections (at shutdown, after the workers stopped); a later send reopens them. */
export function closeSmtp(): void {
  for (const transporter of openPools) transporter.close();
  openPools.clear();
}
