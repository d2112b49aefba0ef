import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, type CalendarEvent } from './ics';

/** Parses with ical.js, an independent implementation, so we test the output rather than our own writer. */
function parseCalendar(text: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const DUTCH_TITLE = 'Bijeenkomst lerend netwerk — leervraag: hoe ondersteunen we jonge mantelzorgers?';
const DUTCH_DESCRIPTION =
  'Agenda: welkom; ervaringen delen, reflectie over zorgcoördinatie en de rol van het CLB.\n' +
  'Tweede regel met accenten: één, twee, drieëntwintig, café, naïef — dit is een lange regel die gevouwen moet worden.';

const EVENTS: CalendarEvent[] = [
  {
    uid: 'meeting-1',
    title: DUTCH_TITLE,
    description: DUTCH_DESCRIPTION,
    start: new Date('2024-01-23T14:30:00Z'),
    durationMinutes: 90,
    url: 'https://netwerkplein.example/lerende-netwerken/abc/bijeenkomsten/1',
    location: 'Online (Teams)',
    organizer: { name: 'Sofie Peeters', email: 'sofie.peeters@example.be' },
    sequence: 2
  },
  {
    uid: 'meeting-2',
    title: 'Lentebijeenkomst',
    description: 'Terugblik',
    start: new Date('2024-04-23T13:30:00Z'),
    durationMinutes: 60
  }
];

describe('buildCalendar', () => {
  it('produces a calendar that an independent parser reads back exactly', () => {
    const text = buildCalendar(EVENTS, 'Lerend netwerk Jonge mantelzorgers');
    const { calendar, events } = parseCalendar(text);

    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lerend netwerk Jonge mantelzorgers');
    expect(events).toHaveLength(2);

    const [first, second] = events;
    if (!first || !second) throw new Error('expected two events');

    expect(first.uid).toBe('meeting-1@netwerkplein');
    expect(first.summary).toBe(DUTCH_TITLE);
    expect(first.description).toBe(DUTCH_DESCRIPTION);
    expect(first.location).toBe('Online (Teams)');
    expect(first.startDate.isDate).toBe(false);
    expect(first.startDate.zone?.tzid).toBe('UTC');
    expect(first.startDate.toJSDate().getTime()).toBe(Date.parse('2024-01-23T14:30:00Z'));
    expect(first.duration.toSeconds()).toBe(90 * 60);
    expect(first.endDate.toJSDate().getTime()).toBe(Date.parse('2024-01-23T16:00:00Z'));
    expect(first.sequence).toBe(2);
    expect(first.component.getFirstPropertyValue('url')).toBe(EVENTS[0]?.url);
    const organizer = first.component.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Sofie Peeters');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:sofie.peeters@example.be');

    expect(second.uid).toBe('meeting-2@netwerkplein');
    expect(second.summary).toBe('Lentebijeenkomst');
    expect(second.description).toBe('Terugblik');
    expect(second.startDate.toJSDate().getTime()).toBe(Date.parse('2024-04-23T13:30:00Z'));
    expect(second.endDate.toJSDate().getTime()).toBe(Date.parse('2024-04-23T14:30:00Z'));
    expect(second.component.getFirstPropertyValue('url')).toBeNull();
  });

  it('writes UTC times, CRLF line endings and keeps UIDs stable across builds', () => {
    const text = buildCalendar(EVENTS, 'Netwerkplein');
    expect(text).toContain('DTSTART:20240123T143000Z');
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const uids = (t: string): string[] => parseCalendar(t).events.map((e) => e.uid);
    expect(uids(buildCalendar(EVENTS, 'Netwerkplein'))).toEqual(uids(text));
    // An id that already carries the domain is not suffixed twice.
    expect(uids(buildCalendar([{ ...EVENTS[1]!, uid: 'x@netwerkplein' }], 'N'))).toEqual(['x@netwerkplein']);
  });

  it('still produces a valid VCALENDAR without events', () => {
    const text = buildCalendar([], 'Leeg netwerk; nog geen bijeenkomsten, later meer');
    const { calendar, events } = parseCalendar(text);
    expect(events).toHaveLength(0);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(text).toContain('X-WR-CALNAME:Leeg netwerk\\; nog geen bijeenkomsten\\, later meer');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds a long calendar name of an empty feed without breaking UTF-8 characters', () => {
    const name = 'Lerend netwerk ' + 'éèëï'.repeat(30);
    const text = buildCalendar([], name);
    const octetLengths = text.split('\r\n').map((line) => new TextEncoder().encode(line).length);
    expect(Math.max(...octetLengths)).toBeLessThanOrEqual(75);
    expect(parseCalendar(text).calendar.getFirstPropertyValue('x-wr-calname')).toBe(name);
  });

  it('throws instead of returning a broken calendar', () => {
    expect(() => buildCalendar([{ ...EVENTS[1]!, url: 'geen url' }], 'N')).toThrow(/Kalender kon niet/);
    expect(() => buildCalendar([{ ...EVENTS[1]!, durationMinutes: 0 }], 'N')).toThrow(RangeError);
    expect(() => buildCalendar([{ ...EVENTS[1]!, start: new Date('nope') }], 'N')).toThrow(RangeError);
  });
});
