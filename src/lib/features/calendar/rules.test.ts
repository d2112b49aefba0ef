import { describe, it, expect } from 'vitest';
import {
  dutchLabelOfFreeDay,
  easterSunday,
  formatSchoolYear,
  freeDayOn,
  freePeriodsOfSchoolYear,
  isSchoolDay,
  parseSchoolYear,
  schoolYearBounds,
  schoolYearOf,
  workingSchoolYear,
  type FreeDayKind,
  type FreePeriod
} from './rules';

/** Officially published Flemish school calendars (onderwijs.vlaanderen.be). */
type Official = Partial<Record<FreeDayKind, [string, string]>>;
const OFFICIAL: Record<number, Official> = {
  2023: {
    herfstvakantie: ['2023-10-30', '2023-11-05'],
    wapenstilstand: ['2023-11-11', '2023-11-11'],
    kerstvakantie: ['2023-12-25', '2024-01-07'],
    krokusvakantie: ['2024-02-12', '2024-02-18'],
    paasvakantie: ['2024-04-01', '2024-04-14'],
    'dag-van-de-arbeid': ['2024-05-01', '2024-05-01'],
    hemelvaart: ['2024-05-09', '2024-05-09'],
    'vrijdag-na-hemelvaart': ['2024-05-10', '2024-05-10'],
    pinkstermaandag: ['2024-05-20', '2024-05-20'],
    zomervakantie: ['2024-07-01', '2024-08-31']
  },
  2024: {
    herfstvakantie: ['2024-10-28', '2024-11-03'],
    wapenstilstand: ['2024-11-11', '2024-11-11'],
    kerstvakantie: ['2024-12-23', '2025-01-05'],
    krokusvakantie: ['2025-03-03', '2025-03-09'],
    paasvakantie: ['2025-04-07', '2025-04-20'],
    paasmaandag: ['2025-04-21', '2025-04-21'],
    'dag-van-de-arbeid': ['2025-05-01', '2025-05-01'],
    hemelvaart: ['2025-05-29', '2025-05-29'],
    'vrijdag-na-hemelvaart': ['2025-05-30', '2025-05-30'],
    pinkstermaandag: ['2025-06-09', '2025-06-09'],
    zomervakantie: ['2025-07-01', '2025-08-31']
  },
  2025: {
    herfstvakantie: ['2025-10-27', '2025-11-02'],
    kerstvakantie: ['2025-12-22', '2026-01-04'],
    krokusvakantie: ['2026-02-16', '2026-02-22'],
    paasvakantie: ['2026-04-06', '2026-04-19'],
    'dag-van-de-arbeid': ['2026-05-01', '2026-05-01'],
    hemelvaart: ['2026-05-14', '2026-05-14'],
    'vrijdag-na-hemelvaart': ['2026-05-15', '2026-05-15'],
    pinkstermaandag: ['2026-05-25', '2026-05-25']
  }
};

function findPeriod(periods: FreePeriod[], kind: FreeDayKind): FreePeriod | undefined {
  return periods.find((p) => p.kind === kind);
}

describe('freePeriodsOfSchoolYear matches the official Flemish calendars', () => {
  for (const [year, expected] of Object.entries(OFFICIAL)) {
    const startYear = Number(year);
    describe(formatSchoolYear(startYear), () => {
      const periods = freePeriodsOfSchoolYear(startYear);
      for (const [kind, [start, end]] of Object.entries(expected) as [FreeDayKind, [string, string]][]) {
        it(`${dutchLabelOfFreeDay[kind]}: ${start} .. ${end}`, () => {
          expect(findPeriod(periods, kind)).toEqual({ kind, start, end });
        });
      }
    });
  }

  it('only lists paasmaandag separately when it falls outside the paasvakantie', () => {
    expect(findPeriod(freePeriodsOfSchoolYear(2023), 'paasmaandag')).toBeUndefined();
    expect(findPeriod(freePeriodsOfSchoolYear(2025), 'paasmaandag')).toBeUndefined();
  });

  it('2024-2025: every day of "maandag 7 april tot en met maandag 21 april 2025" is free', () => {
    for (let d = 7; d <= 21; d++) {
      expect(freeDayOn(`2025-04-${String(d).padStart(2, '0')}`)).not.toBeNull();
    }
    expect(freeDayOn('2025-04-06')).toBeNull();
    expect(freeDayOn('2025-04-22')).toBeNull();
  });
});

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2019, '2019-04-21'],
    [2008, '2008-03-23']
  ])('Easter %i is %s', (year, iso) => {
    expect(easterSunday(year)).toBe(iso);
  });
});

describe('parseSchoolYear', () => {
  it('accepts 2023-2024 and normalises spaces and an en dash', () => {
    expect(parseSchoolYear('2023-2024')).toEqual({ ok: true, startYear: 2023, label: '2023-2024' });
    expect(parseSchoolYear('2023 – 2024')).toEqual({ ok: true, startYear: 2023, label: '2023-2024' });
  });

  it.each(['2023-2025', '2023', 'abc', '1800-1801'])('rejects %s with a Dutch message', (input) => {
    const result = parseSchoolYear(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/schooljaar/i);
  });
});

describe('schoolYearOf / schoolYearBounds', () => {
  it('switches school year on 1 September', () => {
    expect(schoolYearOf('2023-08-31')).toBe(2022);
    expect(schoolYearOf('2023-09-01')).toBe(2023);
  });
  it('runs from 1 September to 31 August', () => {
    expect(schoolYearBounds(2023)).toEqual({ start: '2023-09-01', end: '2024-08-31' });
  });
});

describe('isSchoolDay', () => {
  it.each([
    ['2024-01-13', false], // Saturday
    ['2024-01-14', false], // Sunday
    ['2024-01-02', false], // kerstvakantie
    ['2024-01-08', true],
    ['2025-04-21', false], // paasmaandag
    ['2025-05-30', false], // vrijdag na Hemelvaart
    ['2025-06-03', true]
  ])('%s → %s', (iso, expected) => {
    expect(isSchoolDay(iso)).toBe(expected);
  });
});

describe('invariants for school years 2017-2018 .. 2030-2031', () => {
  for (let startYear = 2017; startYear <= 2030; startYear++) {
    it(formatSchoolYear(startYear), () => {
      const periods = freePeriodsOfSchoolYear(startYear);
      const { start, end } = schoolYearBounds(startYear);

      for (const p of periods) {
        expect(p.start >= start && p.end <= end, `${p.kind} inside school year`).toBe(true);
        expect(p.start <= p.end).toBe(true);
      }
      for (let i = 1; i < periods.length; i++) {
        const prev = periods[i - 1]!;
        const next = periods[i]!;
        expect(next.start > prev.end, `${prev.kind} overlaps ${next.kind}`).toBe(true);
      }

      const xmas = `${startYear}-12-25`;
      const kerst = findPeriod(periods, 'kerstvakantie')!;
      const startsMondayAfterXmas = kerst.start > xmas && new Date(`${kerst.start}T00:00:00Z`).getUTCDay() === 1;
      expect((kerst.start <= xmas && xmas <= kerst.end) || startsMondayAfterXmas).toBe(true);
    });
  }

  it('keeps coinciding holidays when Hemelvaart falls on 1 May (2007-2008)', () => {
    const periods = freePeriodsOfSchoolYear(2007);
    expect(findPeriod(periods, 'hemelvaart')?.start).toBe('2008-05-01');
    expect(findPeriod(periods, 'dag-van-de-arbeid')?.start).toBe('2008-05-01');
    const starts = periods.map((p) => p.start);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('workingSchoolYear', () => {
  it('is the current school year until 30 June and the next one from 1 July', () => {
    expect(workingSchoolYear(new Date('2026-09-01T08:00:00Z'))).toBe(2026);
    expect(workingSchoolYear(new Date('2026-12-01T08:00:00Z'))).toBe(2026);
    expect(workingSchoolYear(new Date('2027-06-30T08:00:00Z'))).toBe(2026);
    expect(workingSchoolYear(new Date('2027-07-01T08:00:00Z'))).toBe(2027);
    expect(workingSchoolYear(new Date('2027-08-31T08:00:00Z'))).toBe(2027);
  });
});
