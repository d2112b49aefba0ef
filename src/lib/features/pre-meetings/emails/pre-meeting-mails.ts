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

const texts = {
  chosen: { subject: t.subjectChosen, intro: t.introChosen },
  moved: { subject: t.subjectMoved, intro: t.introMoved },
  updated: { subject: t.subjectUpdated, intro: t.introUpdated }
} as const;

/**
 * The mail to one participant when the date is picked ('chosen'), picked again ('moved'), or its
 * link or duration changed afterwards ('updated').
 */
export function preMeetingMail(kind: keyof typeof texts, to: { email: string; name: string }, c: ChosenPreMeeting): MailPayload {
  const subject = texts[kind].subject(c.activityTitle);
  const intro = texts[kind].intro(c.activityTitle);
  const body = [intro, t.details(describeStart(c.startsAt, 'nl'), c.durationMinutes, c.onlineUrl), t.page(c.pageUrl), t.attachment].join('\n\n');
  return {
    to: to.email,
    subject,
    text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}`,
    attachments: [{ filename: calendarFileName, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: preMeetingCalendar(c) }]
  };
}
