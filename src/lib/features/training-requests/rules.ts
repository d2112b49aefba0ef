// Pure rules of tailored training requests: the planned training's times.
import { brusselsInstant } from '$lib/kernel/time';

export interface PlanTimesInput {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  deadlineDate: string;
}

export type PlanTimes =
  | { ok: true; startsAt: Date; endsAt: Date; registrationDeadline: Date }
  | { ok: false; field: keyof PlanTimesInput; key: 'communityStartInPast' | 'communityEndBeforeStart' | 'communityDeadlineAfterStart' | 'communityDeadlinePast' };

/**
 * Brussels wall-clock input to instants. Registration closes at the end (23:59) of the deadline
 * day, which must come before the start and not be over yet; the training starts in the future and ends after it starts.
 */
export function planTimes(input: PlanTimesInput, now: Date): PlanTimes {
  const startsAt = brusselsInstant(input.startDate, input.startTime);
  const endsAt = brusselsInstant(input.endDate, input.endTime);
  const registrationDeadline = brusselsInstant(input.deadlineDate, '23:59');
  if (startsAt.getTime() <= now.getTime()) return { ok: false, field: 'startDate', key: 'communityStartInPast' };
  if (endsAt.getTime() <= startsAt.getTime()) return { ok: false, field: 'endTime', key: 'communityEndBeforeStart' };
  if (registrationDeadline.getTime() > startsAt.getTime()) return { ok: false, field: 'deadlineDate', key: 'communityDeadlineAfterStart' };
  // A deadline already passed would plan a training the school can no longer register for.
  if (registrationDeadline.getTime() <= now.getTime()) return { ok: false, field: 'deadlineDate', key: 'communityDeadlinePast' };
  return { ok: true, startsAt, endsAt, registrationDeadline };
}
