/**
 * Dates and times as people read them, named by what they show. Every instant is shown in Brussels
 * time whatever the host's time zone; calendar dates ('YYYY-MM-DD') are shown as the day they name.
 */
import type { Locale } from '$lib/i18n/messages';
import { intlLocale } from './locale';
import { brusselsDateTimeParts } from './time';

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

/** "dinsdag 12 januari 2027 om 19.00 uur" / "Tuesday 12 January 2027 at 19:00" (Brussels time, house clock below). */
export function formatDayAtTime(instant: Date, locale: Locale): string {
  const { date, time } = brusselsDateTimeParts(instant);
  return locale === 'nl' ? `${formatLongDay(date, locale)} om ${houseClock(time, locale)} uur` : `${formatLongDay(date, locale)} at ${time}`;
}

/** "19.00" / "19:00": the clock time of an instant, in Brussels, as the house writes it. */
export function formatClock(instant: Date | string, locale: Locale): string {
  return houseClock(brusselsDateTimeParts(new Date(instant)).time, locale);
}

/** "2027-01-12 19:00": an instant as Brussels date and time, the way forms write them. */
export function formatWallDateTime(instant: Date): string {
  const { date, time } = brusselsDateTimeParts(instant);
  return `${date} ${time}`;
}

/** "2027-01-12 19:00–21:00" for lists, or "2027-01-12 19:00 – 2027-01-13 12:00" over two days. */
export function formatCompactWallRange(start: Date, end: Date): string {
  const s = brusselsDateTimeParts(start);
  const e = brusselsDateTimeParts(end);
  return s.date === e.date ? `${s.date} ${s.time}–${e.time}` : `${s.date} ${s.time} – ${e.date} ${e.time}`;
}

// --- The product's house formats (issue 14): long on detail pages, short in lists, relative where
// it helps. Dutch writes clock times with a dot and "uur" ("10.00–17.00 uur"), the way Flemish
// invitations do; English keeps the 24-hour colon ("10:00–17:00"). All in Brussels time.

type Day = string | Date;

/** A day as 'YYYY-MM-DD': a calendar date as it is, an instant as its Brussels date. */
const brusselsDay = (day: Day): string => (typeof day === 'string' ? day : brusselsDateTimeParts(day).date);

function houseClock(time: string, locale: Locale): string {
  return locale === 'nl' ? time.replace(':', '.') : time;
}

function clockSpan(start: Date, end: Date, locale: Locale): string {
  const span = `${houseClock(brusselsDateTimeParts(start).time, locale)}–${houseClock(brusselsDateTimeParts(end).time, locale)}`;
  return locale === 'nl' ? `${span} uur` : span;
}

function dateParts(isoDate: string, locale: Locale, month: 'long' | 'short') {
  const parts = formatter(locale, { weekday: month, day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).formatToParts(noonOf(isoDate));
  // Intl writes "nov." in some ICU versions and "nov" in others; the house style has no dot.
  const part = (type: Intl.DateTimeFormatPartTypes) => (parts.find((p) => p.type === type)?.value ?? '').replace(/\.$/, '');
  return { weekday: part('weekday'), day: part('day'), month: part('month'), year: part('year') };
}

/** "vr 20 nov 2026" / "Fri 20 Nov 2026": a day in a list (a calendar date, or an instant's Brussels day). */
export function formatShortDay(day: Day, locale: Locale): string {
  const { weekday, day: d, month, year } = dateParts(brusselsDay(day), locale, 'short');
  return `${weekday} ${d} ${month} ${year}`;
}

/**
 * Days from `first` to `last` as one span, naming each month and year once: "20–22 november 2027",
 * "30 november – 2 december 2027", "30 december 2027 – 2 januari 2028"; one day is that day.
 */
export function formatDaySpan(first: Day, last: Day, locale: Locale, month: 'long' | 'short' = 'long'): string {
  const a = dateParts(brusselsDay(first), locale, month);
  const b = dateParts(brusselsDay(last), locale, month);
  if (brusselsDay(first) === brusselsDay(last)) return `${a.day} ${a.month} ${a.year}`;
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/**
 * A period on a detail page: "vrijdag 20 november 2026, 10.00–17.00 uur" within one Brussels day,
 * "20–22 november 2027" over days.
 */
export function formatLongSpan(start: Date, end: Date, locale: Locale): string {
  const day = brusselsDay(start);
  if (day !== brusselsDay(end)) return formatDaySpan(start, end, locale);
  return `${formatLongDay(day, locale)}, ${clockSpan(start, end, locale)}`;
}

/** A period in a list: "vr 20 nov 2026, 10.00–17.00 uur" within one day, "20–22 nov 2027" over days. */
export function formatShortSpan(start: Date, end: Date, locale: Locale): string {
  if (brusselsDay(start) !== brusselsDay(end)) return formatDaySpan(start, end, locale, 'short');
  return `${formatShortDay(start, locale)}, ${clockSpan(start, end, locale)}`;
}

/** "di 12 jan 2027, 19.00 uur" / "Tue 12 Jan 2027, 19:00": one moment in a list or a log (the outbox, requests). */
export function formatDateTime(instant: Date | string, locale: Locale): string {
  const moment = new Date(instant);
  const clock = houseClock(brusselsDateTimeParts(moment).time, locale);
  return `${formatShortDay(moment, locale)}, ${locale === 'nl' ? `${clock} uur` : clock}`;
}

/** Calendar days in Brussels from `now` until `day` (0 today, 1 tomorrow, negative when past). */
export function brusselsDaysUntil(day: Day, now: Date): number {
  const [a, b] = [brusselsDay(now), brusselsDay(day)].map((d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)));
  return Math.round((b! - a!) / 86_400_000);
}

/** "vandaag", "morgen", "over 3 dagen", "gisteren" / "today", "in 3 days": how far a day is from now. */
export function formatRelativeDay(day: Day, now: Date, locale: Locale): string {
  return new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }).format(brusselsDaysUntil(day, now), 'day');
}
