import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, brusselsDate, brusselsDateTimeParts, brusselsInstant, isoWeekday, readClockTime, readIsoDate } from './time';

// The platform's tz database, asked directly: what the kernel must agree with.
const intlWall = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
});
function wallOf(instant: Date): { date: string; time: string } {
  const [date, time] = intlWall.format(instant).split(', ');
  return { date: date as string, time: time as string };
}

describe('brusselsInstant / brusselsDateTimeParts (moved unchanged from the meetings rules)', () => {
  const startsAtIso = (date: string, time: string): string => brusselsInstant(date, time).toISOString();

  it('uses CET (+01:00) in winter and CEST (+02:00) in summer', () => {
    expect(startsAtIso('2024-01-16', '15:30')).toBe('2024-01-16T14:30:00.000Z');
    expect(startsAtIso('2024-03-26', '15:30')).toBe('2024-03-26T14:30:00.000Z'); // before the switch on 31 March
    expect(startsAtIso('2024-04-23', '15:30')).toBe('2024-04-23T13:30:00.000Z');
    expect(startsAtIso('2024-10-22', '15:30')).toBe('2024-10-22T13:30:00.000Z');
    expect(startsAtIso('2024-10-29', '15:30')).toBe('2024-10-29T14:30:00.000Z');
  });

  it('handles the spring switch day, 31 March 2024 (02:00 CET → 03:00 CEST)', () => {
    expect(startsAtIso('2024-03-31', '01:30')).toBe('2024-03-31T00:30:00.000Z');
    expect(startsAtIso('2024-03-31', '02:30')).toBe('2024-03-31T01:30:00.000Z'); // nonexistent: moves forward
    expect(startsAtIso('2024-03-31', '03:30')).toBe('2024-03-31T01:30:00.000Z');
    expect(startsAtIso('2024-03-31', '15:30')).toBe('2024-03-31T13:30:00.000Z');
    expect(brusselsDateTimeParts(new Date('2024-03-31T00:59:00Z'))).toEqual({ date: '2024-03-31', time: '01:59' });
    expect(brusselsDateTimeParts(new Date('2024-03-31T01:00:00Z'))).toEqual({ date: '2024-03-31', time: '03:00' });
  });

  it('handles the autumn switch day, 27 October 2024 (03:00 CEST → 02:00 CET)', () => {
    expect(startsAtIso('2024-10-27', '01:30')).toBe('2024-10-26T23:30:00.000Z');
    expect(startsAtIso('2024-10-27', '02:30')).toBe('2024-10-27T00:30:00.000Z'); // ambiguous: first occurrence
    expect(startsAtIso('2024-10-27', '03:30')).toBe('2024-10-27T02:30:00.000Z');
    expect(startsAtIso('2024-10-27', '15:30')).toBe('2024-10-27T14:30:00.000Z');
    expect(brusselsDateTimeParts(new Date('2024-10-27T00:59:00Z'))).toEqual({ date: '2024-10-27', time: '02:59' });
    expect(brusselsDateTimeParts(new Date('2024-10-27T01:00:00Z'))).toEqual({ date: '2024-10-27', time: '02:00' });
  });

  it('agrees with the platform tz database for every half hour of 2023..2028', () => {
    const formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Brussels',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit'
    });
    const mismatches: string[] = [];
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2029, 0, 1); ms += 1_800_000) {
      const [date, time] = formatter.format(new Date(ms)).split(', ');
      const parts = brusselsDateTimeParts(new Date(ms));
      if (parts.date !== date || parts.time !== time) mismatches.push(new Date(ms).toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it('rejects impossible dates and times', () => {
    expect(() => brusselsInstant('2024-02-30', '15:30')).toThrow(RangeError);
    expect(() => brusselsInstant('2024-1-16', '15:30')).toThrow(RangeError);
    expect(() => brusselsInstant('2024-01-16', '24:00')).toThrow(RangeError);
    expect(() => brusselsDateTimeParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});

/** The last Sunday of a month, by counting back from its last day (independent of the kernel). */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay())).toISOString().slice(0, 10);
}

describe('daylight saving time, 2020..2035', () => {
  const years = Array.from({ length: 16 }, (_, i) => 2020 + i);

  it('switches on the last Sunday of March: 02:00 CET becomes 03:00 CEST at 01:00 UTC', () => {
    for (const year of years) {
      const day = lastSunday(year, 3);
      expect(brusselsInstant(day, '01:59').toISOString()).toBe(`${day}T00:59:00.000Z`);
      expect(brusselsInstant(day, '03:00').toISOString()).toBe(`${day}T01:00:00.000Z`);
      expect(brusselsDateTimeParts(new Date(`${day}T00:59:00Z`)).time).toBe('01:59');
      expect(brusselsDateTimeParts(new Date(`${day}T01:00:00Z`)).time).toBe('03:00');
    }
  });

  it('moves a time in the skipped hour forward by the gap (02:30 → 03:30 CEST)', () => {
    for (const year of years) {
      const day = lastSunday(year, 3);
      for (const [typed, shown] of [['02:00', '03:00'], ['02:30', '03:30'], ['02:59', '03:59']] as const) {
        expect(brusselsDateTimeParts(brusselsInstant(day, typed))).toEqual({ date: day, time: shown });
      }
    }
  });

  it('switches on the last Sunday of October: 03:00 CEST becomes 02:00 CET at 01:00 UTC', () => {
    for (const year of years) {
      const day = lastSunday(year, 10);
      expect(brusselsDateTimeParts(new Date(`${day}T00:59:00Z`)).time).toBe('02:59');
      expect(brusselsDateTimeParts(new Date(`${day}T01:00:00Z`)).time).toBe('02:00');
      expect(brusselsInstant(day, '03:00').toISOString()).toBe(`${day}T02:00:00.000Z`);
    }
  });

  it('reads a time in the repeated hour as its first occurrence, still summer time', () => {
    for (const year of years) {
      const day = lastSunday(year, 10);
      expect(brusselsInstant(day, '02:00').toISOString()).toBe(`${day}T00:00:00.000Z`);
      expect(brusselsInstant(day, '02:30').toISOString()).toBe(`${day}T00:30:00.000Z`);
      expect(brusselsInstant(day, '02:59').toISOString()).toBe(`${day}T00:59:00.000Z`);
    }
  });
});

describe('agreement with Intl (property)', () => {
  const from = Date.UTC(2020, 0, 1);
  const to = Date.UTC(2036, 0, 1) - 60_000;

  it('shows every instant of 2020..2035 as Intl does', () => {
    fc.assert(fc.property(fc.integer({ min: from, max: to }), (ms) => {
      expect(brusselsDateTimeParts(new Date(ms))).toEqual(wallOf(new Date(ms)));
    }), { numRuns: 5000 });
  });

  it('turns every wall-clock minute Brussels shows in 2020..2035 back into an instant Intl shows as that minute', () => {
    fc.assert(fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), (minute) => {
      const { date, time } = wallOf(new Date(minute * 60_000));
      const instant = brusselsInstant(date, time);
      expect(wallOf(instant)).toEqual({ date, time });
      // The first occurrence: one hour earlier never shows the same wall clock.
      expect(wallOf(new Date(instant.getTime() - 3_600_000))).not.toEqual({ date, time });
    }), { numRuns: 5000 });
  });

  it('round-trips instants on whole minutes', () => {
    fc.assert(fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), (minute) => {
      const instant = new Date(minute * 60_000);
      const { date, time } = brusselsDateTimeParts(instant);
      const back = brusselsInstant(date, time).getTime();
      // Only the repeated autumn hour maps back to its first occurrence, one hour earlier.
      expect([instant.getTime(), instant.getTime() - 3_600_000]).toContain(back);
    }), { numRuns: 5000 });
  });
});

describe('calendar dates', () => {
  it('adds days across month, year and leap-day ends, and back', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-31', -31)).toBe('2024-02-29');
    expect(addDays('2024-10-27', 1)).toBe('2024-10-28'); // a DST day is still one day
  });

  it('numbers weekdays ISO-style, Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2024-01-01')).toBe(1);
    expect(isoWeekday('2024-01-06')).toBe(6);
    expect(isoWeekday('2024-01-07')).toBe(7);
    expect(isoWeekday('2024-03-31')).toBe(7);
  });

  it('agrees with Date for any day of 2020..2035 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16 * 366 }), fc.integer({ min: -400, max: 400 }), (n, d) => {
      const day = new Date(Date.UTC(2020, 0, 1 + n));
      const iso = day.toISOString().slice(0, 10);
      expect(addDays(iso, d)).toBe(new Date(Date.UTC(2020, 0, 1 + n + d)).toISOString().slice(0, 10));
      expect(isoWeekday(iso)).toBe(day.getUTCDay() === 0 ? 7 : day.getUTCDay());
    }));
  });

  it('reads dates and times strictly, and gives the Brussels date of an instant', () => {
    expect(readIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => readIsoDate('2023-02-29')).toThrow(RangeError);
    expect(readClockTime('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(() => readClockTime('7:30')).toThrow(RangeError);
    expect(brusselsDate(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
  });
});
