// A meeting's notices, one per staff member, in the recipient's language (ADR 024).
import { messagesFor, type Messages } from '$lib/i18n/messages';
import { formatDayAtTime } from '$lib/kernel/formats';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export interface MeetingMailContext {
  networkName: string;
  sequence: number;
  startsAt: Date;
  learningQuestion: string;
  onlineUrl: string | null;
  harvest: string;
  /** Where the recipient's school page for the meeting lives (absolute URL). */
  pageUrl: string;
  /** The organisation that runs the learning network: its mails carry its name, logo and accent. */
  brand: MailBrand;
}

function compose(m: Messages, to: MailRecipient, subject: string, body: string, brand: MailBrand): MailPayload {
  return composeMail({ to: to.email, subject, text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` }, brand, to.locale);
}

export function meetingMail(kind: 'invitation' | 'reminder-7' | 'reminder-1' | 'harvest', to: MailRecipient, c: MeetingMailContext): MailPayload {
  const m = messagesFor(to.locale);
  const details = m.meetingMail.details(formatDayAtTime(c.startsAt, to.locale), c.learningQuestion, c.onlineUrl ?? m.meetingMail.linkFollows, c.pageUrl);
  switch (kind) {
    case 'invitation':
      return compose(m, to, m.meetingMail.invitationSubject(c.networkName, c.sequence), `${m.meetingMail.invitationIntro(c.networkName)}\n\n${details}`, c.brand);
    case 'reminder-7':
    case 'reminder-1':
      return compose(m, to, m.meetingMail.reminderSubject(c.networkName, kind === 'reminder-7' ? 7 : 1), `${m.meetingMail.reminderIntro}\n\n${details}`, c.brand);
    case 'harvest':
      return compose(m, to, m.meetingMail.harvestSubject(c.networkName, c.sequence), `${m.meetingMail.harvestIntro(c.learningQuestion)}\n\n${c.harvest}\n\n${c.pageUrl}`, c.brand);
  }
}
