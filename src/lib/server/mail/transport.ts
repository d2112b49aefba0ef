// SMTP when SMTP_URL is set; otherwise mail is only recorded in the outbox table.
import nodemailer, { type Transporter } from 'nodemailer';
import { readEnv } from '../env';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

let transporter: Transporter | undefined;

export function smtpConfigured(): boolean {
  return !!readEnv().SMTP_URL;
}

export async function sendOverSmtp(mail: OutgoingMail): Promise<void> {
  const env = readEnv();
  if (!env.SMTP_URL) throw new Error('SMTP_URL is not set');
  transporter ??= nodemailer.createTransport(env.SMTP_URL);
  await transporter.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments });
}
