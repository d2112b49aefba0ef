/**
 * Meeting rules for learning networks: proposing the three yearly online meetings on school days,
 * checking the dates typed into the planner, and validating agendas; Brussels time comes from the
 * kernel. Pure functions only, so they run the same in the browser, server and tests.
 */
import { calendarConcerns, isSchoolDay, schoolYearOf, type CalendarConcernKey } from '$lib/features/calendar/rules';
import { addDays, brusselsInstant, isoWeekday, readClockTime } from '$lib/kernel/time';

export type IsoWeekday = 1 | 2 | 3 | 4 | 5;
export type MeetingSeason = 'herfst' | 'winter' | 'lente';

export interface ProposedMeeting {
  sequence: 1 | 2 | 3;
  season: MeetingSeason;
  date: string;
  time: string;
}

export interface AgendaItem {
  minutes: number;
  title: string;
}

function padTwo(n: number): string {
  return String(n).padStart(2, '0');
}

// ---------- proposals ----------

/**
 * Target dates, as [month, day, yearOffset] from the school year's start year. Chosen so meetings avoid:
 * - herfst 1 Oct: the first weeks of September go to starting up classes; 1 Oct still leaves four weeks
 *   before the herfstvakantie (week of 1 November);
 * - winter 20 Jan: after the kerstvakantie and the December exams, with time to settle back in, and
 *   well before the krokusvakantie (7 weeks before Easter, so never earlier than 2 February);
 * - lente 20 Apr: after the paasvakantie in most years (the search steps past it in late-Easter years)
 *   and well before the June exams.
 * Each search stops before the next target (the last one before 1 July), so the three stay spread.
 */
const SEASON_TARGETS: readonly { season: MeetingSeason; month: number; day: number; yearOffset: 0 | 1 }[] = [
  { season: 'herfst', month: 10, day: 1, yearOffset: 0 },
  { season: 'winter', month: 1, day: 20, yearOffset: 1 },
  { season: 'lente', month: 4, day: 20, yearOffset: 1 }
];
const SEARCH_END = { month: 7, day: 1, yearOffset: 1 } as const;

/** Proposes the three online meetings of a learning network in the school year starting in `startYear`. */
export function proposeMeetingDates(
  startYear: number,
  options: { weekday?: IsoWeekday; time?: string } = {}
): ProposedMeeting[] {
  const weekday = options.weekday ?? 2;
  const time = options.time ?? '15:30';
  if (!Number.isInteger(startYear)) throw new RangeError(`Ongeldig startjaar ${startYear}.`);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 5) throw new RangeError(`Ongeldige weekdag ${weekday}.`);
  readClockTime(time);

  const toIso = (t: { month: number; day: number; yearOffset: 0 | 1 }): string =>
    `${startYear + t.yearOffset}-${padTwo(t.month)}-${padTwo(t.day)}`;
  const ends = [...SEASON_TARGETS.slice(1), SEARCH_END].map(toIso);

  return SEASON_TARGETS.map((target, index) => {
    const end = ends[index] as string;
    let date = toIso(target);
    while (date < end && !(isoWeekday(date) === weekday && isSchoolDay(date))) date = addDays(date, 1);
    // Unreachable with the decree's calendar (every window spans months), but never propose a free day.
    if (date >= end) throw new Error(`Geen schooldag gevonden voor de ${target.season}bijeenkomst van ${startYear}.`);
    return { sequence: (index + 1) as 1 | 2 | 3, season: target.season, date, time };
  });
}

// ---------- agenda ----------

const AGENDA_MAX_ITEMS = 30;
const AGENDA_ITEM_MAX_MINUTES = 240;
const AGENDA_TITLE_MAX_LENGTH = 200;
// A full working day: longer agendas are almost certainly typos (e.g. 900 instead of 90 minutes).
const AGENDA_MAX_TOTAL_MINUTES = 480;

function isValidAgendaItem(item: AgendaItem): boolean {
  const title = typeof item.title === 'string' ? item.title.trim() : '';
  return (
    Number.isInteger(item.minutes) &&
    item.minutes >= 1 &&
    item.minutes <= AGENDA_ITEM_MAX_MINUTES &&
    title.length >= 1 &&
    title.length <= AGENDA_TITLE_MAX_LENGTH
  );
}

/** Checks an agenda: 1..30 items of 1..240 whole minutes with a 1..200 character title, at most 480 minutes. */
export function validateAgenda(
  items: AgendaItem[]
): { ok: true; totalMinutes: number } | { ok: false; key: 'agendaInvalid' } {
  if (items.length < 1 || items.length > AGENDA_MAX_ITEMS || !items.every(isValidAgendaItem)) {
    return { ok: false, key: 'agendaInvalid' };
  }
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  return totalMinutes <= AGENDA_MAX_TOTAL_MINUTES ? { ok: true, totalMinutes } : { ok: false, key: 'agendaInvalid' };
}

// ---------- typed meeting dates ----------

export interface MeetingDateCheck {
  /** Absolute: a meeting of a learning network lies in its own school year. */
  refused: Record<string, 'dateOutsideSchoolYear'>;
  /** Not a school day, or in the past: saved only once the facilitator confirms. */
  concerns: Record<string, CalendarConcernKey>;
}

/** Checks meeting dates a facilitator typed (field → date and time) against the school calendar. */
export function checkMeetingDates(
  dates: { field: string; date: string; time: string }[], schoolYear: number, now: Date
): MeetingDateCheck {
  const refused: MeetingDateCheck['refused'] = {};
  for (const { field, date } of dates) if (schoolYearOf(date) !== schoolYear) refused[field] = 'dateOutsideSchoolYear';
  const concerns = calendarConcerns(
    dates.filter((d) => !refused[d.field]).map((d) => ({ field: d.field, date: d.date, at: brusselsInstant(d.date, d.time) })), now);
  return { refused, concerns };
}

/** Held once its attendance is recorded; a past meeting without it is only "past" (planned afterwards, or still to fill in). */
export type MeetingStatus = 'planned' | 'past' | 'held';

/** When a meeting ends: its start plus its duration. */
export function meetingEnd(meeting: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
}

export function meetingStatus(meeting: { startsAt: Date; attendanceRecordedAt: Date | null }, now: Date): MeetingStatus {
  if (meeting.attendanceRecordedAt) return 'held';
  return meeting.startsAt.getTime() < now.getTime() ? 'past' : 'planned';
}
