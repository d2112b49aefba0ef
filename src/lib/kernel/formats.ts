/**
 * Dates and times as people read them, named by what they show. Every instant is shown in Brussels
 * time whatever the host's time zone; calendar dates ('YYYY-MM-DD') are shown as the day they name.
 */
import type { Locale } from '$lib/i18n/messages';
import { intlLocale } from './locale';
import { brusselsDateTimeParts, brusselsZone } from './time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return found;
}

// A calendar date is read at noon UTC, so no time zone can move it to another day.
const noonOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** "dinsdag 12 januari 2027" / "Tuesday 12 January 2027": a calendar date with its weekday. */
export function formatLongDay(isoDate: string, locale: Locale): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noonOf(isoDate));
}

/** "20 november 2031" / "20 November 2031": a calendar date without its weekday. */
export function formatLongDate(isoDate: string, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noonOf(isoDate));
}

/** "dinsdag 12 januari 2027 om 19:00" / "Tuesday 12 January 2027 at 19:00" (Brussels time). */
export function formatDayAtTime(instant: Date, locale: Locale): string {
  const { date, time } = brusselsDateTimeParts(instant);
  return `${formatLongDay(date, locale)} ${locale === 'nl' ? 'om' : 'at'} ${time}`;
}

/** "12/1/2027" / "12/01/2027": the short date of an instant, in Brussels. */
export function formatShortDate(instant: Date | string, locale: Locale): string {
  return formatter(locale, { timeZone: brusselsZone }).format(new Date(instant));
}

/** "19:00": the clock time of an instant, in Brussels. */
export function formatClock(instant: Date | string, locale: Locale): string {
  return formatter(locale, { timeZone: brusselsZone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** "12/1/2027, 19:00:00" / "12/01/2027, 19:00:00": date and time of an instant, for logs such as the outbox. */
export function formatDateTime(instant: Date | string, locale: Locale): string {
  return formatter(locale, { timeZone: brusselsZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).format(new Date(instant));
}

/** "2027-01-12 19:00": an instant as Brussels date and time, the way forms write them. */
export function formatWallDateTime(instant: Date): string {
  const { date, time } = brusselsDateTimeParts(instant);
  return `${date} ${time}`;
}

/** "2027-01-12 19:00 – 21:00", or "2027-01-12 19:00 – 2027-01-13 12:00" over two days. */
export function formatWallRange(start: Date, end: Date): string {
  const s = brusselsDateTimeParts(start);
  const e = brusselsDateTimeParts(end);
  return `${s.date} ${s.time} – ${e.date === s.date ? '' : `${e.date} `}${e.time}`;
}

/** "2027-01-12 19:00–21:00" for lists, or "2027-01-12 19:00 – 2027-01-13 12:00" over two days. */
export function formatCompactWallRange(start: Date, end: Date): string {
  const s = brusselsDateTimeParts(start);
  const e = brusselsDateTimeParts(end);
  return s.date === e.date ? `${s.date} ${s.time}–${e.time}` : `${s.date} ${s.time} – ${e.date} ${e.time}`;
}
