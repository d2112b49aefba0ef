// Sign-up mails, in the language of the person they are for (ADR 024).
import { messagesFor } from '$lib/i18n/messages';
import { composeMail, platformMailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export function confirmSignUpMail(to: MailRecipient, url: string): MailPayload {
  const m = messagesFor(to.locale);
  return composeMail({ to: to.email, subject: m.accounts.mail.confirmSubject, text: `${m.mail.greeting(to.name)}\n\n${m.accounts.mail.confirmBody(url)}\n\n${m.mail.signature}` }, platformMailBrand, to.locale);
}

/** To an address that has an account already: the sign-up page itself never says so. */
export function alreadyRegisteredMail(to: MailRecipient, signInUrl: string, resetUrl: string): MailPayload {
  const m = messagesFor(to.locale);
  return composeMail({
    to: to.email,
    subject: m.accounts.mail.existingSubject,
    text: `${m.mail.greeting(to.name)}\n\n${m.accounts.mail.existingBody(signInUrl, resetUrl)}\n\n${m.mail.signature}`
  }, platformMailBrand, to.locale);
}
