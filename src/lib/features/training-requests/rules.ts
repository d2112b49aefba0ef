// Pure rules of tailored training requests: the planned activity's slug and its times.
import { meetingStartsAt } from '../meetings/rules';

const maxSlugLength = 60;

/** A readable slug from a title: 'Vorming: jonge mantelzorgers' → 'vorming-jonge-mantelzorgers'. */
export function slugFromTitle(title: string): string {
  const slug = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxSlugLength).replace(/-+$/, '');
  return slug.length >= 3 ? slug : `vorming${slug ? `-${slug}` : ''}`;
}

/** The n-th candidate for a slug that must be unique within the organisation: base, base-2, base-3… */
export function numberedSlug(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '')}${suffix}`;
}

export interface PlanTimesInput {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  deadlineDate: string;
}

export type PlanTimes =
  | { ok: true; startsAt: Date; endsAt: Date; registrationDeadline: Date }
  | { ok: false; field: keyof PlanTimesInput; key: 'communityStartInPast' | 'communityEndBeforeStart' | 'communityDeadlineAfterStart' };

/**
 * Brussels wall-clock input to instants. Registration closes at the end (23:59) of the deadline
 * day, which must come before the start; the training starts in the future and ends after it starts.
 */
export function planTimes(input: PlanTimesInput, now: Date): PlanTimes {
  const startsAt = meetingStartsAt(input.startDate, input.startTime);
  const endsAt = meetingStartsAt(input.endDate, input.endTime);
  const registrationDeadline = meetingStartsAt(input.deadlineDate, '23:59');
  if (startsAt.getTime() <= now.getTime()) return { ok: false, field: 'startDate', key: 'communityStartInPast' };
  if (endsAt.getTime() <= startsAt.getTime()) return { ok: false, field: 'endTime', key: 'communityEndBeforeStart' };
  if (registrationDeadline.getTime() > startsAt.getTime()) return { ok: false, field: 'deadlineDate', key: 'communityDeadlineAfterStart' };
  return { ok: true, startsAt, endsAt, registrationDeadline };
}
