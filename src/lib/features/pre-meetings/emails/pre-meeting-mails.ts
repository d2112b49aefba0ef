import { messagesFor } from '$lib/i18n/messages';
import { buildCalendar } from '$lib/server/ics';
import type { MailPayload } from '../../mail/schema';
import { calendarSequence, describeStart, preMeetingCalendarUid } from '../rules';

// Mails and the calendar entry are in Dutch, the platform's language for everyone it writes to.
const m = messagesFor('nl');
const t = m.preMeetings.mail;

export interface ChosenPreMeeting {
  activityId: string;
  activityTitle: string;
  startsAt: Date;
  durationMinutes: number;
  onlineUrl: string;
  /** When this date was picked: it orders the calendar updates (SEQUENCE). */
  chosenAt: Date;
  /** The participant's page of the pre-meeting (absolute URL). */
  pageUrl: string;
}

export const calendarFileName = 'voorbereiding.ics';

/** The chosen date as an iCalendar file: same UID for every pick, a higher SEQUENCE for a later one. */
export function preMeetingCalendar(c: ChosenPreMeeting): string {
  const title = t.calendarTitle(c.activityTitle);
  return buildCalendar([{
    uid: preMeetingCalendarUid(c.activityId),
    title,
    description: t.calendarDescription(c.onlineUrl, c.pageUrl),
    start: c.startsAt,
    durationMinutes: c.durationMinutes,
    url: c.onlineUrl,
    location: c.onlineUrl,
    sequence: calendarSequence(c.chosenAt)
  }], title);
}

/** The mail to one participant when the date is picked ('chosen') or picked again ('moved'). */
export function preMeetingMail(kind: 'chosen' | 'moved', to: { email: string; name: string }, c: ChosenPreMeeting): MailPayload {
  const subject = kind === 'chosen' ? t.subjectChosen(c.activityTitle) : t.subjectMoved(c.activityTitle);
  const intro = kind === 'chosen' ? t.introChosen(c.activityTitle) : t.introMoved(c.activityTitle);
  const body = [intro, t.details(describeStart(c.startsAt, 'nl'), c.durationMinutes, c.onlineUrl), t.page(c.pageUrl), t.attachment].join('\n\n');
  return {
    to: to.email,
    subject,
    text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}`,
    attachments: [{ filename: calendarFileName, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: preMeetingCalendar(c) }]
  };
}
