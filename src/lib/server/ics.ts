/**
 * iCalendar (RFC 5545) feeds for meetings, built with the `ics` package so escaping and line folding
 * follow the standard. Times are written in UTC ('Z'), so no VTIMEZONE block is needed and every
 * calendar client shows the meeting at the right local time.
 */
import { createEvents, type EventAttributes } from 'ics';

export interface CalendarEvent {
  /** Our own id (e.g. the meeting id); it becomes `<uid>@netwerkplein` so updates replace the same entry. */
  uid: string;
  title: string;
  description: string;
  start: Date;
  durationMinutes: number;
  url?: string;
  location?: string;
  organizer?: { name: string; email: string };
  /** Bump on every change so clients that imported the event accept the update. */
  sequence?: number;
}

const PRODUCT_ID = '-//Netwerkplein//Bijeenkomsten//NL';
const UID_DOMAIN = '@netwerkplein';

/** Stable, globally unique UIDs: the same meeting always maps to the same calendar entry. */
function toStableUid(uid: string): string {
  return uid.endsWith(UID_DOMAIN) ? uid : `${uid}${UID_DOMAIN}`;
}

function toEventAttributes(event: CalendarEvent): EventAttributes {
  if (Number.isNaN(event.start.getTime())) throw new RangeError(`Ongeldig begin voor gebeurtenis ${event.uid}.`);
  // 'PT0M' or fractional minutes would make an invalid DURATION, which the library does not check.
  if (!Number.isInteger(event.durationMinutes) || event.durationMinutes < 1) {
    throw new RangeError(`Ongeldige duur ${event.durationMinutes} voor gebeurtenis ${event.uid}.`);
  }
  return {
    uid: toStableUid(event.uid),
    title: event.title,
    description: event.description,
    // Epoch milliseconds in, UTC out: independent of the server's TZ setting.
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: event.durationMinutes },
    ...(event.url ? { url: event.url } : {}),
    ...(event.location ? { location: event.location } : {}),
    ...(event.organizer ? { organizer: { name: event.organizer.name, email: event.organizer.email } } : {}),
    ...(event.sequence !== undefined ? { sequence: event.sequence } : {})
  };
}

// ---------- minimal calendar for empty feeds ----------

/** TEXT escaping from RFC 5545 §3.3.11. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds at 75 octets (RFC 5545 §3.1) without splitting a multi-byte UTF-8 character. */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A feed without meetings must still be a valid VCALENDAR so subscribed clients keep the
 * subscription; we write it ourselves so the feed never depends on how a given `ics` version
 * treats an empty array (some versions reject it).
 */
function buildEmptyCalendar(calendarName: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${PRODUCT_ID}`,
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    'END:VCALENDAR'
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Builds the iCalendar text of `events`; throws when the library rejects an event. */
export function buildCalendar(events: CalendarEvent[], calendarName: string): string {
  if (events.length === 0) return buildEmptyCalendar(calendarName);
  const { error, value } = createEvents(events.map(toEventAttributes), {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: calendarName
  });
  if (error || !value) {
    throw new Error(`Kalender kon niet worden opgebouwd: ${error?.message ?? 'lege uitvoer'}`, { cause: error });
  }
  return value;
}
