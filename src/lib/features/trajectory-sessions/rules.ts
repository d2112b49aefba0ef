import { formatSchoolYear } from '../calendar/rules';

/**
 * Rules of a trajectory's sessions and observation form (ADR 050). The poll itself follows the
 * pre-meeting poll's rules (answers, tally, best date, calendar SEQUENCE); these are what differ.
 */

export const sessionLimits = {
  minMinutes: 30,
  maxMinutes: 480,
  maxOptions: 20,
  locationMaxLength: 200,
  observationMaxLength: 3000
} as const;

/** The fields of the observation form, in the order the coach and the teacher fill them. */
export const observationFields = ['lesson', 'focus', 'observed', 'worked', 'reflection', 'agreements'] as const;
export type ObservationField = (typeof observationFields)[number];
/** What must be there before the form is saved; reflection and agreements may follow later. */
export const requiredObservationFields: readonly ObservationField[] = ['lesson', 'focus', 'observed', 'worked'];

/** One calendar entry per session, so a new pick replaces the old date in people's calendars. */
export function sessionCalendarUid(sessionId: string): string {
  return `trajectsessie-${sessionId}`;
}

export interface PlannedSession { sessionId: string; trajectoryId: string; startsAt: Date }

/** Per trajectory, the first chosen session that has not started yet at `now`. */
export function nextSessionPerTrajectory<S extends PlannedSession>(sessions: S[], now: Date): Map<string, S> {
  const next = new Map<string, S>();
  for (const s of sessions) {
    if (s.startsAt.getTime() <= now.getTime()) continue;
    const current = next.get(s.trajectoryId);
    if (!current || s.startsAt.getTime() < current.startsAt.getTime()) next.set(s.trajectoryId, s);
  }
  return next;
}

/** The page of a learning network, addressed by its school year's label ('2023-2024'). */
export const cohortPath = (organisationSlug: string, networkSlug: string, schoolYear: number) =>
  `/werkruimte/${organisationSlug}/netwerken/${networkSlug}/lerende-netwerken/${formatSchoolYear(schoolYear)}`;
