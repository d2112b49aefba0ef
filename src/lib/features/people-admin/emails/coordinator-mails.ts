// The notices a person gets when a platform admin changes their school coordinator role, in
// their own language (ADR 024).
import { messagesFor } from '$lib/i18n/messages';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export function coordinatorGrantedMail(to: MailRecipient, schoolName: string, url: string): MailPayload {
  const m = messagesFor(to.locale);
  const body = m.peopleAdmin.mailGrantedBody(schoolName, url);
  return { to: to.email, subject: m.peopleAdmin.mailGrantedSubject(schoolName), text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` };
}

export function coordinatorRevokedMail(to: MailRecipient, schoolName: string): MailPayload {
  const m = messagesFor(to.locale);
  const body = m.peopleAdmin.mailRevokedBody(schoolName);
  return { to: to.email, subject: m.peopleAdmin.mailRevokedSubject(schoolName), text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` };
}
