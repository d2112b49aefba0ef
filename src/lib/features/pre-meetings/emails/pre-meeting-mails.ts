import { messagesFor, type Locale } from '$lib/i18n/messages';
import { formatDayAtTime } from '$lib/kernel/formats';
import { buildCalendar } from '$lib/server/ics';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';
import { calendarSequence, preMeetingCalendarUid } from '../rules';

// Mails and the calendar entry they carry are in the recipient's language (ADR 024).

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
  /** The organiser of the activity: the mail carries its name, logo and accent. */
  brand: MailBrand;
}

export const calendarFileName = 'voorbereiding.ics';

/** The chosen date as an iCalendar file: same UID for every pick, a higher SEQUENCE for a later one. */
export function preMeetingCalendar(c: Omit<ChosenPreMeeting, 'brand'>, locale: Locale): string {
  const t = messagesFor(locale).preMeetings.mail;
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

type Texts = ReturnType<typeof messagesFor>['preMeetings']['mail'];
const texts = {
  chosen: (t: Texts) => ({ subject: t.subjectChosen, intro: t.introChosen }),
  moved: (t: Texts) => ({ subject: t.subjectMoved, intro: t.introMoved }),
  updated: (t: Texts) => ({ subject: t.subjectUpdated, intro: t.introUpdated })
} as const;

/**
 * The mail to one participant when the date is picked ('chosen'), picked again ('moved'), or its
 * link or duration changed afterwards ('updated').
 */
export function preMeetingMail(kind: keyof typeof texts, to: MailRecipient, c: ChosenPreMeeting): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.preMeetings.mail;
  const subject = texts[kind](t).subject(c.activityTitle);
  const intro = texts[kind](t).intro(c.activityTitle);
  const body = [intro, t.details(formatDayAtTime(c.startsAt, to.locale), c.durationMinutes, c.onlineUrl), t.page(c.pageUrl), t.attachment].join('\n\n');
  return composeMail({
    to: to.email,
    subject,
    text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}`,
    attachments: [{ filename: calendarFileName, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: preMeetingCalendar(c, to.locale) }]
  }, c.brand, to.locale);
}
