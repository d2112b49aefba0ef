// The contact form's mails (ADR 053): the message forwarded to the organisation, and an answer
// to the sender, in the sender's language. Replies go to a person: Reply-To is set on both.
import { messagesFor } from '$lib/i18n/messages';
import { formatDayAtTime } from '$lib/kernel/formats';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export interface ForwardedMessage {
  name: string; email: string; school: string; message: string; networkName: string | null; sentAt: Date; inboxUrl: string;
}

/** To the organisation's (or network's) address: the message itself, answered by replying to it or from the inbox. */
export function contactForwardMail(to: MailRecipient, organisationName: string, message: ForwardedMessage, brand: MailBrand): MailPayload {
  const m = messagesFor(to.locale).contact.mail;
  const text = [
    m.forwardIntro(organisationName, message.networkName),
    '',
    `${m.from}: ${message.name} <${message.email}>`,
    ...(message.school ? [`${m.school}: ${message.school}`] : []),
    `${m.sentAt}: ${formatDayAtTime(message.sentAt, to.locale)}`,
    '',
    message.message,
    '',
    m.forwardOutro(message.inboxUrl)
  ].join('\n');
  return { ...composeMail({ to: to.email, subject: m.forwardSubject(message.name), text }, brand, to.locale), replyTo: message.email };
}

/** To the sender: the facilitator's answer, with their own message quoted below it. */
export function contactAnswerMail(to: MailRecipient, c: { organisationName: string; body: string; original: string; sentAt: Date; replyTo: string | null; brand: MailBrand }): MailPayload {
  const m = messagesFor(to.locale);
  const quoted = c.original.split('\n').map((line) => `> ${line}`).join('\n');
  const text = `${m.mail.greeting(to.name)}\n\n${c.body}\n\n${m.contact.mail.answerSignature(c.organisationName)}\n\n${m.contact.mail.yourMessage(formatDayAtTime(c.sentAt, to.locale))}\n${quoted}`;
  const mail = composeMail({ to: to.email, subject: m.contact.mail.answerSubject(c.organisationName), text }, c.brand, to.locale);
  return c.replyTo ? { ...mail, replyTo: c.replyTo } : mail;
}
