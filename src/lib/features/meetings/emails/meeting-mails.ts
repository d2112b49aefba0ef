import { messagesFor } from '$lib/i18n/messages';
import type { MailPayload } from '../../mail/schema';
import { brusselsDateTimeParts } from '../rules';

const m = messagesFor('nl');

export interface MeetingMailContext {
  networkName: string;
  sequence: number;
  startsAt: Date;
  learningQuestion: string;
  onlineUrl: string | null;
  harvest: string;
  /** Where the recipient's school page for the meeting lives (absolute URL). */
  pageUrl: string;
}

function when(startsAt: Date): string {
  const { date, time } = brusselsDateTimeParts(startsAt);
  const day = new Date(`${date}T12:00:00Z`).toLocaleDateString('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${day} om ${time}`;
}

function compose(to: { email: string; name: string }, subject: string, body: string): MailPayload {
  return { to: to.email, subject, text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` };
}

export function meetingMail(kind: 'invitation' | 'reminder-7' | 'reminder-1' | 'harvest', to: { email: string; name: string }, c: MeetingMailContext): MailPayload {
  const details = m.meetingMail.details(when(c.startsAt), c.learningQuestion, c.onlineUrl ?? m.meetingMail.linkFollows, c.pageUrl);
  switch (kind) {
    case 'invitation':
      return compose(to, m.meetingMail.invitationSubject(c.networkName, c.sequence), `${m.meetingMail.invitationIntro(c.networkName)}\n\n${details}`);
    case 'reminder-7':
    case 'reminder-1':
      return compose(to, m.meetingMail.reminderSubject(c.networkName, kind === 'reminder-7' ? 7 : 1), `${m.meetingMail.reminderIntro}\n\n${details}`);
    case 'harvest':
      return compose(to, m.meetingMail.harvestSubject(c.networkName, c.sequence), `${m.meetingMail.harvestIntro(c.learningQuestion)}\n\n${c.harvest}\n\n${c.pageUrl}`);
  }
}
