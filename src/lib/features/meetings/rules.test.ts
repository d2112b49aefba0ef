import { describe, it, expect } from 'vitest';
import { freeDayOn, isSchoolDay, schoolYearBounds } from '$lib/features/calendar/rules';
import { brusselsDateTimeParts, brusselsInstant } from '$lib/kernel/time';
import {
  checkMeetingDates,
  meetingEnd,
  meetingStatus,
  proposeMeetingDates,
  validateAgenda,
  type AgendaItem,
  type IsoWeekday
} from './rules';

const START_YEARS = [2023, 2024, 2025, 2026, 2027];
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];

function getIsoWeekday(iso: string): number {
  const jsDay = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return jsDay === 0 ? 7 : jsDay;
}

describe('proposeMeetingDates', () => {
  for (const startYear of START_YEARS) {
    for (const weekday of WEEKDAYS) {
      it(`proposes three school days for ${startYear}-${startYear + 1} on ISO weekday ${weekday}`, () => {
        const proposals = proposeMeetingDates(startYear, { weekday });
        expect(proposals.map((p) => [p.sequence, p.season])).toEqual([
          [1, 'herfst'],
          [2, 'winter'],
          [3, 'lente']
        ]);
        const firstDay = schoolYearBounds(startYear).start;
        const lastDay = `${startYear + 1}-06-30`;
        proposals.forEach((p, i) => {
          expect(getIsoWeekday(p.date)).toBe(weekday);
          expect(isSchoolDay(p.date), `${p.date} is a school day`).toBe(true);
          expect(freeDayOn(p.date)).toBeNull();
          expect(p.date >= firstDay && p.date <= lastDay).toBe(true);
          expect(p.time).toBe('15:30');
          const previous = proposals[i - 1];
          if (previous) expect(p.date > previous.date).toBe(true);
        });
      });
    }
  }

  it('matches hand-computed dates for 2023-2024 with the default Tuesday 15:30', () => {
    // 1 Oct 2023 is a Sunday → Tue 3 Oct; 20 Jan 2024 is a Saturday → Tue 23 Jan;
    // 20 Apr 2024 is a Saturday (paasvakantie ended 14 Apr) → Tue 23 Apr.
    expect(proposeMeetingDates(2023)).toEqual([
      { sequence: 1, season: 'herfst', date: '2023-10-03', time: '15:30' },
      { sequence: 2, season: 'winter', date: '2024-01-23', time: '15:30' },
      { sequence: 3, season: 'lente', date: '2024-04-23', time: '15:30' }
    ]);
  });

  it('skips a free day that falls on the chosen weekday (paasmaandag 21 April 2025)', () => {
    // 1 Oct 2024 is a Tuesday → Mon 7 Oct; 20 Jan 2025 is a Monday; 20 Apr 2025 is Easter Sunday,
    // Mon 21 Apr is paasmaandag → Mon 28 Apr.
    const dates = proposeMeetingDates(2024, { weekday: 1, time: '19:00' }).map((p) => `${p.date} ${p.time}`);
    expect(dates).toEqual(['2024-10-07 19:00', '2025-01-20 19:00', '2025-04-28 19:00']);
  });

  it('rejects invalid options instead of proposing nonsense', () => {
    expect(() => proposeMeetingDates(2023, { time: '25:00' })).toThrow(RangeError);
    expect(() => proposeMeetingDates(2023, { weekday: 6 as IsoWeekday })).toThrow(RangeError);
    expect(() => proposeMeetingDates(2023.5)).toThrow(RangeError);
  });
});

describe('proposed meetings in Brussels time', () => {
  it('round-trips every proposed meeting and the switch days', () => {
    const samples = START_YEARS.flatMap((y) => WEEKDAYS.flatMap((weekday) => proposeMeetingDates(y, { weekday })));
    samples.push(
      { sequence: 1, season: 'lente', date: '2024-03-31', time: '15:30' },
      { sequence: 1, season: 'herfst', date: '2024-10-27', time: '15:30' },
      { sequence: 1, season: 'winter', date: '2024-12-31', time: '23:59' },
      { sequence: 1, season: 'winter', date: '2025-01-01', time: '00:00' }
    );
    for (const { date, time } of samples) {
      expect(brusselsDateTimeParts(brusselsInstant(date, time))).toEqual({ date, time });
    }
  });
});

describe('validateAgenda', () => {
  const item = (minutes: number, title = 'Welkom'): AgendaItem => ({ minutes, title });

  it('accepts a normal agenda and sums its minutes', () => {
    expect(validateAgenda([item(10), item(45, 'Leervraag'), item(5, 'Afspraken')])).toEqual({
      ok: true,
      totalMinutes: 60
    });
    expect(validateAgenda([item(240), item(240)])).toEqual({ ok: true, totalMinutes: 480 });
    expect(validateAgenda(Array.from({ length: 30 }, () => item(16)))).toEqual({ ok: true, totalMinutes: 480 });
    expect(validateAgenda([item(1, 'x'.repeat(200))])).toEqual({ ok: true, totalMinutes: 1 });
  });

  it.each<[string, AgendaItem[]]>([
    ['no items', []],
    ['31 items', Array.from({ length: 31 }, () => item(1))],
    ['zero minutes', [item(0)]],
    ['more than 240 minutes', [item(241)]],
    ['fractional minutes', [item(12.5)]],
    ['non-finite minutes', [item(Number.NaN)]],
    ['an empty title', [item(10, '')]],
    ['a blank title', [item(10, '   ')]],
    ['a 201-character title', [item(10, 'x'.repeat(201))]],
    ['more than 480 minutes in total', [item(240), item(240), item(1)]]
  ])('rejects %s', (_label, items) => {
    expect(validateAgenda(items)).toEqual({ ok: false, key: 'agendaInvalid' });
  });
});

describe('checkMeetingDates (dates typed into the planner)', () => {
  const everyDayOf = (startYear: number): string[] => {
    const { start, end } = schoolYearBounds(startYear);
    const days: string[] = [];
    for (let d = start; d <= end; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) days.push(d);
    return days;
  };
  const longBefore = new Date('2000-01-01T00:00:00Z');

  for (const startYear of [2024, 2025, 2026, 2027, 2031]) {
    it(`warns on every day without school in ${startYear}-${startYear + 1}, and on no school day`, () => {
      for (const date of everyDayOf(startYear)) {
        const { refused, concerns } = checkMeetingDates([{ field: 'date1', date, time: '15:30' }], startYear, longBefore);
        expect(refused).toEqual({});
        const free = freeDayOn(date);
        const expected = isSchoolDay(date) ? undefined : free ? `notSchoolDay_${free.kind}` : 'notSchoolDay_weekend';
        expect(concerns.date1, date).toBe(expected);
      }
    });
  }

  it('refuses a date outside the learning network\'s school year, whatever the day', () => {
    const { refused, concerns } = checkMeetingDates([
      { field: 'date1', date: '2025-08-29', time: '15:30' }, { field: 'date2', date: '2026-09-01', time: '15:30' },
      { field: 'date3', date: '2025-10-07', time: '15:30' }
    ], 2025, longBefore);
    expect(refused).toEqual({ date1: 'dateOutsideSchoolYear', date2: 'dateOutsideSchoolYear' });
    expect(concerns).toEqual({});
  });

  it('warns that a meeting in the past gets no invitation, also on a school day', () => {
    const now = new Date('2025-10-07T12:00:00Z');
    const { concerns } = checkMeetingDates([
      { field: 'date1', date: '2025-10-07', time: '10:00' }, { field: 'date2', date: '2025-10-07', time: '15:30' },
      { field: 'date3', date: '2025-10-06', time: '15:30' }
    ], 2025, now);
    expect(concerns).toEqual({ date1: 'datePast', date3: 'datePast' });
  });
});

describe('meetingEnd', () => {
  it('is the start plus the duration, also across midnight', () => {
    expect(meetingEnd({ startsAt: new Date('2026-10-01T17:00:00Z'), durationMinutes: 90 })).toEqual(new Date('2026-10-01T18:30:00Z'));
    expect(meetingEnd({ startsAt: new Date('2026-10-01T22:30:00Z'), durationMinutes: 120 })).toEqual(new Date('2026-10-02T00:30:00Z'));
  });
});

describe('meetingStatus', () => {
  const now = new Date('2026-01-10T12:00:00Z');
  it('calls a past meeting held only once its attendance is recorded', () => {
    expect(meetingStatus({ startsAt: new Date('2026-01-20T14:30:00Z'), attendanceRecordedAt: null }, now)).toBe('planned');
    expect(meetingStatus({ startsAt: new Date('2025-10-07T13:30:00Z'), attendanceRecordedAt: null }, now)).toBe('past');
    expect(meetingStatus({ startsAt: new Date('2025-10-07T13:30:00Z'), attendanceRecordedAt: new Date('2025-10-07T15:00:00Z') }, now)).toBe('held');
  });
});
