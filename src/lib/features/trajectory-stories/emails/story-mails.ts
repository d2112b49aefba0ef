// What a facilitator decided on a story or testimonial, to its author in their language (ADR 048).
import { messagesFor } from '$lib/i18n/messages';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export type ModerationEvent = 'approved' | 'declined' | 'edited' | 'withdrawn';

export interface ModerationMailFacts {
  kind: 'story' | 'testimonial';
  /** The story's title or the opening of the quote. */
  title: string;
  offerTitle: string;
  organisationName: string;
  reason: string | null;
  url: string;
}

export function moderationMail(to: MailRecipient, event: ModerationEvent, c: ModerationMailFacts): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.trajectoryStories.mail;
  const what = t.what[c.kind](c.title);
  const body = t.body[event](what, c.organisationName, c.offerTitle);
  const reason = c.reason ? `\n\n${t.reason}\n${c.reason}` : '';
  return { to: to.email, subject: t.subject[event](c.offerTitle), text: `${m.mail.greeting(to.name)}\n\n${body}${reason}\n\n${t.link(c.url)}\n\n${m.mail.signature}` };
}
