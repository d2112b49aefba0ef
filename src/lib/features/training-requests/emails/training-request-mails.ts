import { messagesFor } from '$lib/i18n/messages';
import type { MailPayload } from '../../mail/schema';
import { brusselsDateTimeParts } from '../../meetings/rules';

const m = messagesFor('nl');

export interface Requester { email: string; name: string }

function compose(to: Requester, subject: string, body: string): MailPayload {
  return { to: to.email, subject, text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` };
}

function when(startsAt: Date, endsAt: Date): string {
  const start = brusselsDateTimeParts(startsAt);
  const end = brusselsDateTimeParts(endsAt);
  return `${start.date} ${start.time} – ${end.date === start.date ? '' : `${end.date} `}${end.time}`;
}

/** To the person who asked: the training is planned for their school, with the link to register. */
export function requestAcceptedMail(to: Requester, c: { organisationName: string; theme: string; title: string; startsAt: Date; endsAt: Date; activityUrl: string }): MailPayload {
  return compose(to, m.community.mail.acceptedSubject(c.theme), m.community.mail.acceptedBody(c.organisationName, c.title, when(c.startsAt, c.endsAt), c.activityUrl));
}

export function requestDeclinedMail(to: Requester, c: { organisationName: string; theme: string; requestsUrl: string }): MailPayload {
  return compose(to, m.community.mail.declinedSubject(c.theme), m.community.mail.declinedBody(c.organisationName, c.theme, c.requestsUrl));
}
