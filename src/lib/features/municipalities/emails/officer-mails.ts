// The notices a person gets when a platform admin makes them a municipality's officer or ends
// that role, in their own language (ADR 024).
import { messagesFor } from '$lib/i18n/messages';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export function officerAddedMail(to: MailRecipient, municipality: string, portfolio: string, url: string): MailPayload {
  const m = messagesFor(to.locale);
  const body = m.municipalities.admin.mailAddedBody(municipality, portfolio, url);
  return { to: to.email, subject: m.municipalities.admin.mailAddedSubject(municipality), text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` };
}

export function officerRemovedMail(to: MailRecipient, municipality: string): MailPayload {
  const m = messagesFor(to.locale);
  const body = m.municipalities.admin.mailRemovedBody(municipality);
  return { to: to.email, subject: m.municipalities.admin.mailRemovedSubject(municipality), text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` };
}
