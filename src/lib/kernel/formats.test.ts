import { describe, expect, it } from 'vitest';
import { formatClock, formatCompactWallRange, formatDateTime, formatDayAtTime, formatLongDate, formatLongDay, formatShortDate, formatWallDateTime, formatWallRange } from './formats';
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
    expect(formatDayAtTime(at('2027-10-05T17:00:00Z'), 'nl')).toBe('dinsdag 5 oktober 2027 om 19:00');
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
    expect(formatShortDate(lateUtc, 'nl')).toBe('1/7/2027');
    expect(formatShortDate(lateUtc, 'en')).toBe('01/07/2027');
    expect(formatClock(lateUtc, 'nl')).toBe('00:30');
    expect(formatDateTime(lateUtc, 'nl')).toBe('1/7/2027, 00:30:00');
    expect(formatDateTime(lateUtc.toISOString(), 'en')).toBe('01/07/2027, 00:30:00');
    expect(formatWallDateTime(lateUtc)).toBe('2027-07-01 00:30');
  });

  it('writes periods on one day and over several days', () => {
    const start = at('2027-01-12T18:00:00Z');
    expect(formatWallRange(start, at('2027-01-12T20:00:00Z'))).toBe('2027-01-12 19:00 – 21:00');
    expect(formatWallRange(start, at('2027-01-13T11:00:00Z'))).toBe('2027-01-12 19:00 – 2027-01-13 12:00');
    expect(formatCompactWallRange(start, at('2027-01-12T20:00:00Z'))).toBe('2027-01-12 19:00–21:00');
    expect(formatCompactWallRange(start, at('2027-01-13T11:00:00Z'))).toBe('2027-01-12 19:00 – 2027-01-13 12:00');
  });
});
