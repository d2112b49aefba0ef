// The mail that asks a school's coordinators to hand over the map of a keeper who left (issue 15 item 5).
import { messagesFor } from '$lib/i18n/messages';
import { composeMail, platformMailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

/** To one coordinator: who kept the map and left the team, and where to name a successor. */
export function keeperLeftMail(to: MailRecipient, facts: { keeperName: string; schoolName: string }, url: string): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.mapWegwijzer;
  return composeMail({
    to: to.email,
    subject: t.mailKeeperLeftSubject(facts.schoolName),
    text: `${m.mail.greeting(to.name)}\n\n${t.mailKeeperLeftBody(facts.keeperName, facts.schoolName, url)}\n\n${m.mail.signature}`
  }, platformMailBrand, to.locale);
}
