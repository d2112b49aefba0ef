import { messagesFor, type Locale } from '$lib/i18n/messages';
import { formatDayAtTime } from '$lib/kernel/formats';
import { buildCalendar, type CalendarEvent } from '$lib/server/ics';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';
import { calendarSequence } from '../../pre-meetings/rules';
import { sessionCalendarUid } from '../rules';

// The chosen session, mailed to the workgroup with its calendar entry, in the recipient's language (ADR 024).

type Kind = 'samen-uitproberen' | 'observatie' | 'intervisie' | 'coaching' | 'werkgroepoverleg';

export interface ChosenSession {
  sessionId: string;
  kind: Kind;
  schoolName: string;
  offerTitle: string;
  location: string;
  startsAt: Date;
  durationMinutes: number;
  /** When this date was picked: it orders the calendar updates (SEQUENCE). */
  chosenAt: Date;
  /** The trajectory's sessions page (absolute URL). */
  pageUrl?: string;
}

export const sessionCalendarFileName = 'sessie.ics';

/** One calendar entry of a chosen session: the same UID for every pick, a higher SEQUENCE for a later one. */
export function sessionCalendarEvent(s: ChosenSession, locale: Locale): CalendarEvent {
  const t = messagesFor(locale).trajectorySessions.mail;
  const kind = messagesFor(locale).trajectories.logbook.kinds[s.kind];
  return {
    uid: sessionCalendarUid(s.sessionId),
    title: t.calendarTitle(kind, s.schoolName),
    description: t.calendarDescription(s.offerTitle, s.pageUrl ?? ''),
    start: s.startsAt,
    durationMinutes: s.durationMinutes,
    location: s.location,
    ...(s.pageUrl ? { url: s.pageUrl } : {}),
    sequence: calendarSequence(s.chosenAt)
  };
}

/** The mail to one workgroup member when the coach picks the date ('chosen') or picks another one ('moved'). */
export function sessionMail(kind: 'chosen' | 'moved', to: MailRecipient, s: ChosenSession & { pageUrl: string }, brand: MailBrand): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.trajectorySessions.mail;
  const what = m.trajectories.logbook.kinds[s.kind];
  const subject = (kind === 'chosen' ? t.subjectChosen : t.subjectMoved)(what, s.schoolName);
  const event = sessionCalendarEvent(s, to.locale);
  const body = [
    (kind === 'chosen' ? t.introChosen : t.introMoved)(what, s.offerTitle),
    t.details(formatDayAtTime(s.startsAt, to.locale), s.durationMinutes, s.location),
    t.page(s.pageUrl), t.attachment
  ].join('\n\n');
  return composeMail({
    to: to.email,
    subject,
    text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}`,
    attachments: [{ filename: sessionCalendarFileName, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: buildCalendar([event], event.title) }]
  }, brand, to.locale);
}
