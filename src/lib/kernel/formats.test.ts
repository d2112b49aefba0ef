import { describe, expect, it } from 'vitest';
import { brusselsDaysUntil, formatClock, formatCompactWallRange, formatDateTime, formatDayAtTime, formatDaySpan, formatLongDate, formatLongDay, formatLongSpan, formatRelativeDay, formatShortDay, formatShortSpan, formatWallDateTime } from './formats';
import { intlLocale } from './locale';

const at = (iso: string) => new Date(iso);

describe('intlLocale', () => {
  it('maps the app languages to the locales Intl formats with', () => {
    expect(intlLocale('nl')).toBe('nl-BE');
    expect(intlLocale('en')).toBe('en-GB');
  });
});

describe('human date formats', () => {
  it('describes a start in Brussels time, across daylight saving time (moved from the pre-meeting rules)', () => {
    expect(formatDayAtTime(at('2027-10-05T17:00:00Z'), 'nl')).toBe('dinsdag 5 oktober 2027 om 19.00 uur');
    expect(formatDayAtTime(at('2027-01-12T18:00:00Z'), 'en')).toMatch(/^Tuesday,? 12 January 2027 at 19:00$/);
  });

  it('shows a calendar date as the day it names, whatever the host zone', () => {
    expect(formatLongDay('2027-02-10', 'nl')).toBe('woensdag 10 februari 2027');
    expect(formatLongDay('2027-02-10', 'en')).toMatch(/^Wednesday,? 10 February 2027$/);
    expect(formatLongDate('2031-11-20', 'nl')).toBe('20 november 2031');
    expect(formatLongDate('2031-11-20', 'en')).toBe('20 November 2031');
  });

  it('shows instants in Brussels, also just after midnight there', () => {
    const lateUtc = at('2027-06-30T22:30:00Z'); // 1 July 00:30 in Brussels
    expect(formatClock(lateUtc, 'nl')).toBe('00.30');
    expect(formatDateTime(lateUtc, 'nl')).toBe('do 1 jul 2027, 00.30 uur');
    expect(formatDateTime(lateUtc.toISOString(), 'en')).toBe('Thu 1 Jul 2027, 00:30');
    expect(formatWallDateTime(lateUtc)).toBe('2027-07-01 00:30');
  });

  it('writes periods on one day and over several days', () => {
    const start = at('2027-01-12T18:00:00Z');
    expect(formatCompactWallRange(start, at('2027-01-12T20:00:00Z'))).toBe('2027-01-12 19:00–21:00');
    expect(formatCompactWallRange(start, at('2027-01-13T11:00:00Z'))).toBe('2027-01-12 19:00 – 2027-01-13 12:00');
  });
});

describe('house formats: long, short and relative', () => {
  // 20 November 2026 is a Friday; 10:00–17:00 Brussels is 09:00–16:00 UTC in winter time.
  const friday = { start: at('2026-11-20T09:00:00Z'), end: at('2026-11-20T16:00:00Z') };

  it('writes a period within one day in full on detail pages, Dutch with "uur"', () => {
    expect(formatLongSpan(friday.start, friday.end, 'nl')).toBe('vrijdag 20 november 2026, 10.00–17.00 uur');
    expect(formatLongSpan(friday.start, friday.end, 'en')).toMatch(/^Friday,? 20 November 2026, 10:00–17:00$/);
  });

  it('writes days in a list short, without the dot some ICU versions put after a month', () => {
    expect(formatShortDay('2026-11-20', 'nl')).toBe('vr 20 nov 2026');
    expect(formatShortDay('2026-11-20', 'en')).toBe('Fri 20 Nov 2026');
    expect(formatShortDay('2027-09-01', 'nl')).toBe('wo 1 sep 2027');
    expect(formatShortSpan(friday.start, friday.end, 'nl')).toBe('vr 20 nov 2026, 10.00–17.00 uur');
    expect(formatShortSpan(friday.start, friday.end, 'en')).toBe('Fri 20 Nov 2026, 10:00–17:00');
  });

  it('names each month and year of a span over days once', () => {
    expect(formatDaySpan('2027-11-20', '2027-11-22', 'nl')).toBe('20–22 november 2027');
    expect(formatDaySpan('2027-11-20', '2027-11-22', 'en')).toBe('20–22 November 2027');
    expect(formatDaySpan('2027-11-30', '2027-12-02', 'nl')).toBe('30 november – 2 december 2027');
    expect(formatDaySpan('2027-11-30', '2027-12-02', 'en')).toBe('30 November – 2 December 2027');
    expect(formatDaySpan('2027-12-30', '2028-01-02', 'nl')).toBe('30 december 2027 – 2 januari 2028');
    expect(formatDaySpan('2027-12-30', '2028-01-02', 'en')).toBe('30 December 2027 – 2 January 2028');
    expect(formatDaySpan('2027-11-20', '2027-11-20', 'nl')).toBe('20 november 2027');
    expect(formatDaySpan('2027-11-30', '2027-12-02', 'nl', 'short')).toBe('30 nov – 2 dec 2027');
    // A trip of three days, as instants: the long and the short form are the day span.
    expect(formatLongSpan(at('2027-11-20T08:00:00Z'), at('2027-11-22T17:00:00Z'), 'nl')).toBe('20–22 november 2027');
    expect(formatShortSpan(at('2027-11-20T08:00:00Z'), at('2027-11-22T17:00:00Z'), 'en')).toBe('20–22 Nov 2027');
  });

  it('reads instants as Brussels days and clocks, across midnight and both DST switches', () => {
    // 23:30 UTC on 19 November is already 20 November in Brussels.
    expect(formatShortDay(at('2026-11-19T23:30:00Z'), 'nl')).toBe('vr 20 nov 2026');
    // An evening until past midnight in Brussels spans two days, though it is one UTC date.
    expect(formatLongSpan(at('2027-06-30T19:00:00Z'), at('2027-06-30T22:30:00Z'), 'nl')).toBe('30 juni – 1 juli 2027');
    // Sunday 28 March 2027 skips 02:00–03:00: 00:30 UTC is 01:30 CET, 01:30 UTC is 03:30 CEST.
    expect(formatLongSpan(at('2027-03-28T00:30:00Z'), at('2027-03-28T01:30:00Z'), 'nl')).toBe('zondag 28 maart 2027, 01.30–03.30 uur');
    // Sunday 31 October 2027 repeats 02:00–03:00: 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
    expect(formatShortSpan(at('2027-10-31T00:30:00Z'), at('2027-10-31T01:30:00Z'), 'en')).toBe('Sun 31 Oct 2027, 02:30–02:30');
    expect(formatLongSpan(at('2027-07-01T08:00:00Z'), at('2027-07-01T15:00:00Z'), 'nl')).toBe('donderdag 1 juli 2027, 10.00–17.00 uur');
  });

  it('counts days until a day in Brussels calendar days and says them in words', () => {
    const now = at('2026-11-18T22:30:00Z'); // Wednesday 18 November, 23:30 in Brussels
    expect(brusselsDaysUntil('2026-11-18', now)).toBe(0);
    expect(brusselsDaysUntil(at('2026-11-18T23:30:00Z'), now)).toBe(1); // already Thursday in Brussels
    expect(brusselsDaysUntil('2026-11-21', now)).toBe(3);
    expect(brusselsDaysUntil('2026-11-16', now)).toBe(-2);
    // Over the spring switch a day is 23 hours, and still one day.
    expect(brusselsDaysUntil('2027-03-29', at('2027-03-27T12:00:00Z'))).toBe(2);
    expect(formatRelativeDay('2026-11-18', now, 'nl')).toBe('vandaag');
    expect(formatRelativeDay('2026-11-19', now, 'nl')).toBe('morgen');
    expect(formatRelativeDay('2026-11-21', now, 'nl')).toBe('over 3 dagen');
    expect(formatRelativeDay('2026-11-21', now, 'en')).toBe('in 3 days');
    expect(formatRelativeDay('2026-11-17', now, 'en')).toBe('yesterday');
  });
});
