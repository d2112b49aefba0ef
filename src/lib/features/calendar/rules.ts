/**
 * Flemish school-calendar rules, derived BY RULE from the "Besluit van de Vlaamse Regering betreffende
 * de organisatie van het schooljaar in het basis- en secundair onderwijs" so no date lists need upkeep.
 * Dates are ISO 'YYYY-MM-DD' strings; all arithmetic is UTC so nothing shifts with time zone or DST.
 */
import { addDays, isoWeekday } from '$lib/kernel/time';

export type SchoolYear = string;

export type FreeDayKind =
  | 'herfstvakantie'
  | 'wapenstilstand'
  | 'kerstvakantie'
  | 'krokusvakantie'
  | 'paasvakantie'
  | 'paasmaandag'
  | 'dag-van-de-arbeid'
  | 'hemelvaart'
  | 'vrijdag-na-hemelvaart'
  | 'pinkstermaandag'
  | 'zomervakantie';

/** A free period; `start` and `end` are both inclusive. */
export interface FreePeriod {
  kind: FreeDayKind;
  start: string;
  end: string;
}

export const dutchLabelOfFreeDay: Record<FreeDayKind, string> = {
  herfstvakantie: 'Herfstvakantie',
  wapenstilstand: 'Wapenstilstand (11 november)',
  kerstvakantie: 'Kerstvakantie',
  krokusvakantie: 'Krokusvakantie',
  paasvakantie: 'Paasvakantie',
  paasmaandag: 'Paasmaandag',
  'dag-van-de-arbeid': 'Dag van de Arbeid (1 mei)',
  hemelvaart: 'Hemelvaartsdag',
  'vrijdag-na-hemelvaart': 'Vrijdag na Hemelvaart',
  pinkstermaandag: 'Pinkstermaandag',
  zomervakantie: 'Zomervakantie'
};

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

// ---------- UTC date helpers (private) ----------

function toIso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function readDateParts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function getMondayOfWeek(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

function getNextMonday(iso: string): string {
  return addDays(iso, 8 - isoWeekday(iso));
}

// ---------- School years ----------

/** Parses '2023-2024' (spaces and en/em dashes tolerated) into its start year. */
export function parseSchoolYear(
  input: string
): { ok: true; startYear: number; label: string } | { ok: false; message: string } {
  const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(input);
  const first = Number(match?.[1]);
  const second = Number(match?.[2]);
  if (!match || second !== first + 1) {
    return { ok: false, message: 'Een schooljaar schrijf je als 2023-2024: twee opeenvolgende jaren.' };
  }
  if (first < MIN_YEAR || second > MAX_YEAR) {
    return {
      ok: false,
      message: `Kies een schooljaar tussen ${formatSchoolYear(MIN_YEAR)} en ${formatSchoolYear(MAX_YEAR - 1)}.`
    };
  }
  return { ok: true, startYear: first, label: formatSchoolYear(first) };
}

export function formatSchoolYear(startYear: number): SchoolYear {
  return `${startYear}-${startYear + 1}`;
}

/** School years run from 1 September to 31 August, so Jan..Aug belong to the previous start year. */
export function schoolYearOf(isoDate: string): number {
  const { year, month } = readDateParts(isoDate);
  return month >= 9 ? year : year - 1;
}

/**
 * The school year a person is working on: the current one, or from 1 July (the summer holiday)
 * the next one, which schools and organisations are then preparing. Preselected wherever a year is.
 */
export function workingSchoolYear(now: Date): number {
  const today = now.toISOString().slice(0, 10);
  const { month } = readDateParts(today);
  return month === 7 || month === 8 ? schoolYearOf(today) + 1 : schoolYearOf(today);
}

export function schoolYearBounds(startYear: number): { start: string; end: string } {
  return { start: toIso(startYear, 9, 1), end: toIso(startYear + 1, 8, 31) };
}

/** Easter Sunday via the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(year, month, day);
}

// ---------- Free periods ----------

/** Computes every free period of the school year that starts in `startYear`, sorted by start. */
export function freePeriodsOfSchoolYear(startYear: number): FreePeriod[] {
  const y2 = startYear + 1;
  const easter = easterSunday(y2);
  const easterMonday = addDays(easter, 1);
  const periods: FreePeriod[] = [];
  const week = (kind: FreeDayKind, start: string, days: number): void => {
    periods.push({ kind, start, end: addDays(start, days - 1) });
  };
  const day = (kind: FreeDayKind, date: string): void => {
    periods.push({ kind, start: date, end: date });
  };

  // Herfstvakantie: the week (Mon..Sun) containing 1 November; when 1 November
  // is a Sunday the decree moves it to start on Monday 2 November.
  const nov1 = toIso(startYear, 11, 1);
  week('herfstvakantie', isoWeekday(nov1) === 7 ? getNextMonday(nov1) : getMondayOfWeek(nov1), 7);

  // Wapenstilstand: legal holiday on 11 November, listed even in weekends.
  day('wapenstilstand', toIso(startYear, 11, 11));

  // Kerstvakantie: two weeks from the Monday of the week with 25 December;
  // if Christmas is on a Saturday or Sunday it starts the Monday after.
  const xmas = toIso(startYear, 12, 25);
  week('kerstvakantie', isoWeekday(xmas) >= 6 ? getNextMonday(xmas) : getMondayOfWeek(xmas), 14);

  // Krokusvakantie: one week starting on the seventh Monday before Easter.
  week('krokusvakantie', addDays(easter, -48), 7);

  // Paasvakantie: two weeks from the first Monday of April; Easter in March
  // starts it on Easter Monday; Easter after 15 April starts it on the second
  // Monday before Easter.
  const { month: easterMonth, day: easterDay } = readDateParts(easter);
  const april1 = toIso(y2, 4, 1);
  const firstMondayOfApril = isoWeekday(april1) === 1 ? april1 : getNextMonday(april1);
  const paasStart =
    easterMonth === 3 ? easterMonday : easterMonth === 4 && easterDay > 15 ? addDays(easter, -13) : firstMondayOfApril;
  week('paasvakantie', paasStart, 14);

  // Paasmaandag is a legal holiday anyway; list it separately only when the
  // two weeks end on Easter Sunday (so the official "tot en met paasmaandag" holds).
  const paasEnd = addDays(paasStart, 13);
  if (easterMonday < paasStart || easterMonday > paasEnd) day('paasmaandag', easterMonday);

  // Legal holidays in the third trimester (Easter-bound ones follow the church calendar).
  day('dag-van-de-arbeid', toIso(y2, 5, 1));
  day('hemelvaart', addDays(easter, 39));
  // The Friday after Ascension is a free day by the same decree (brugdag).
  day('vrijdag-na-hemelvaart', addDays(easter, 40));
  day('pinkstermaandag', addDays(easter, 50));

  // Zomervakantie: 1 July through 31 August.
  periods.push({ kind: 'zomervakantie', start: toIso(y2, 7, 1), end: toIso(y2, 8, 31) });

  return periods.sort((p, q) => (p.start < q.start ? -1 : p.start > q.start ? 1 : 0));
}

/** Finds the free period containing the date, looking in that date's own school year. */
export function freeDayOn(isoDate: string): FreePeriod | null {
  const periods = freePeriodsOfSchoolYear(schoolYearOf(isoDate));
  return periods.find((p) => p.start <= isoDate && isoDate <= p.end) ?? null;
}

/** A school day is Monday..Friday outside every free period. */
export function isSchoolDay(isoDate: string): boolean {
  return isoWeekday(isoDate) <= 5 && freeDayOn(isoDate) === null;
}

// ---------- Dates a person types ----------

/** Why a date is not a school day: a weekend day, or the free period it falls in. */
export type DayConcern = FreeDayKind | 'weekend';

/** Free periods come first: a Saturday in the herfstvakantie is reported as the herfstvakantie. */
export function dayConcern(isoDate: string): DayConcern | null {
  const free = freeDayOn(isoDate);
  if (free) return free.kind;
  return isoWeekday(isoDate) >= 6 ? 'weekend' : null;
}

/** The i18n error key for a date that is not a school day (see calendarErrors in the messages). */
export type CalendarConcernKey = `notSchoolDay_${DayConcern}` | 'datePast';

export interface TypedDate {
  /** The form field the date came from, so the warning shows next to it. */
  field: string;
  date: string;
  /** The instant it stands for, when the past matters (meetings: no invitation for the past). */
  at?: Date;
}

/**
 * Warnings for dates a person typed, per field: not a school day, or (where `at` is given) in the
 * past. They are not refusals: the form shows them and saves once the person confirms.
 */
export function calendarConcerns(dates: TypedDate[], now: Date): Record<string, CalendarConcernKey> {
  const concerns: Record<string, CalendarConcernKey> = {};
  for (const { field, date, at } of dates) {
    const concern = dayConcern(date);
    if (at && at.getTime() < now.getTime()) concerns[field] = 'datePast';
    else if (concern) concerns[field] = `notSchoolDay_${concern}`;
  }
  return concerns;
}
