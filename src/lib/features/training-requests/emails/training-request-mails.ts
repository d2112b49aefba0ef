// The answer to a training request, in the requester's language (ADR 024).
import { messagesFor, type Messages } from '$lib/i18n/messages';
import { formatLongSpan } from '$lib/kernel/formats';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export type Requester = MailRecipient;

function compose(m: Messages, to: Requester, subject: string, body: string, brand: MailBrand): MailPayload {
  return composeMail({ to: to.email, subject, text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` }, brand, to.locale);
}

/** To the person who asked: the training is planned for their school, with the link to register. */
export function requestAcceptedMail(to: Requester, c: { organisationName: string; theme: string; title: string; startsAt: Date; endsAt: Date; activityUrl: string; brand: MailBrand }): MailPayload {
  const m = messagesFor(to.locale);
  return compose(m, to, m.community.mail.acceptedSubject(c.theme), m.community.mail.acceptedBody(c.organisationName, c.title, formatLongSpan(c.startsAt, c.endsAt, to.locale), c.activityUrl), c.brand);
}

export function requestDeclinedMail(to: Requester, c: { organisationName: string; theme: string; requestsUrl: string; brand: MailBrand }): MailPayload {
  const m = messagesFor(to.locale);
  return compose(m, to, m.community.mail.declinedSubject(c.theme), m.community.mail.declinedBody(c.organisationName, c.theme, c.requestsUrl), c.brand);
}
