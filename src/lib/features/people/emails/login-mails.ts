// Sign-in mails, in the language of the person they are for (ADR 024).
import { messagesFor } from '$lib/i18n/messages';
import { composeMail, platformMailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export function magicLinkMail(to: MailRecipient, url: string): MailPayload {
  const m = messagesFor(to.locale);
  return composeMail({ to: to.email, subject: m.mail.magicLinkSubject, text: `${m.mail.greeting(to.name)}\n\n${m.mail.magicLinkBody(url)}\n\n${m.mail.signature}` }, platformMailBrand, to.locale);
}

export function passwordResetMail(to: MailRecipient, url: string): MailPayload {
  const m = messagesFor(to.locale);
  return composeMail({ to: to.email, subject: m.mail.resetSubject, text: `${m.mail.greeting(to.name)}\n\n${m.mail.resetBody(url)}\n\n${m.mail.signature}` }, platformMailBrand, to.locale);
}

/** `role` is what they were given, already in their language. */
export function invitationMail(to: MailRecipient, invitedBy: string, where: string, role: string, url: string): MailPayload {
  const m = messagesFor(to.locale);
  return composeMail({
    to: to.email,
    subject: m.mail.inviteSubject(where),
    text: `${m.mail.greeting(to.name)}\n\n${m.mail.inviteBody(invitedBy, where, role, url)}\n\n${m.mail.signature}`
  }, platformMailBrand, to.locale);
}
