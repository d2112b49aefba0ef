// The subscription's own mails (ADR 057), in the language chosen in the form: the confirmation
// link of the double opt-in, and for an address already subscribed a short note with its
// preference link instead (the form's answer on screen is the same for both).
import { messagesFor } from '$lib/i18n/messages';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export function confirmSubscriptionMail(to: MailRecipient, c: { organisationName: string; confirmUrl: string; days: number; brand: MailBrand }): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.subscriptions.mail;
  const text = [m.mail.greeting(to.name), '', t.confirmIntro(c.organisationName), '', c.confirmUrl, '', t.confirmValid(c.days), '', t.notYou].join('\n');
  return composeMail({ to: to.email, subject: t.confirmSubject(c.organisationName), text }, c.brand, to.locale);
}

export function alreadySubscribedMail(to: MailRecipient, c: { organisationName: string; preferencesUrl: string; brand: MailBrand }): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.subscriptions.mail;
  const text = [m.mail.greeting(to.name), '', t.alreadyIntro(c.organisationName), '', t.preferences, c.preferencesUrl, '', t.notYou].join('\n');
  return composeMail({ to: to.email, subject: t.alreadySubject(c.organisationName), text }, c.brand, to.locale);
}
