/**
 * Time for a platform that lives in Flanders: calendar-date arithmetic on 'YYYY-MM-DD' strings and
 * conversions between Europe/Brussels wall-clock time and instants. The zone rules come from the
 * tz database (through @date-fns/tz, which asks Intl), never from a rule written here, so a change
 * in the law arrives with the platform's tz data. Pure and host-time-zone independent, so it runs
 * the same in the browser, on the server and in tests.
 */
import { tzOffset } from '@date-fns/tz';

export const brusselsZone = 'Europe/Brussels';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads 'YYYY-MM-DD' strictly: rejects 2024-02-30 instead of letting Date roll it over to March. */
export function readIsoDate(date: string): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Ongeldige datum '${date}', verwacht JJJJ-MM-DD.`);
  }
  return { year, month, day };
}

/** Reads 'UU:MM' (00:00..23:59) strictly. */
export function readClockTime(time: string): { hour: number; minute: number } {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Ongeldig uur '${time}', verwacht UU:MM.`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The calendar date `days` after (or before, when negative) `iso`; UTC arithmetic, no DST. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (the decree counts weeks Monday..Sunday). */
export function isoWeekday(iso: string): number {
  const jsDay = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).getUTCDay();
  return jsDay === 0 ? 7 : jsDay;
}

/** Brussels' offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function brusselsOffsetMinutes(epochMs: number): number {
  return tzOffset(brusselsZone, new Date(epochMs));
}

/**
 * The instant at which Brussels clocks show `date` `time`. Like Temporal's 'compatible' mode (and
 * as the platform did before it used the tz database): a time skipped in spring (02:30 on the last
 * Sunday of March) moves forward by the gap (03:30 summer time), and a time that occurs twice in
 * autumn (02:30 on the last Sunday of October) is the first occurrence (still summer time).
 */
export function brusselsInstant(date: string, time: string): Date {
  const { year, month, day } = readIsoDate(date);
  const { hour, minute } = readClockTime(time);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day either side cover every candidate: a zone changes at most once a day.
  const before = brusselsOffsetMinutes(wallAsUtc - DAY_MS);
  const after = brusselsOffsetMinutes(wallAsUtc + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset * MINUTE_MS)
    .filter((instant) => wallAsUtc - brusselsOffsetMinutes(instant) * MINUTE_MS === instant)
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in the gap; read it with the offset before the gap.
  return new Date(candidates[0] ?? wallAsUtc - before * MINUTE_MS);
}

/** The Brussels wall-clock date and time of an instant, for displaying and pre-filling edit forms. */
export function brusselsDateTimeParts(instant: Date): { date: string; time: string } {
  const epochMs = instant.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError('Ongeldig tijdstip.');
  const wall = new Date(epochMs + brusselsOffsetMinutes(epochMs) * MINUTE_MS).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** The Brussels calendar date of an instant ('YYYY-MM-DD'). */
export function brusselsDate(instant: Date): string {
  return brusselsDateTimeParts(instant).date;
}
