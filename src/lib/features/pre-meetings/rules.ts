/**
 * Rules of an activity's preparatory online meeting: who counts as a participant, which candidate
 * dates may be proposed, how the poll is tallied and which date it recommends. Pure, no I/O.
 */

export const voteAnswers = ['yes', 'maybe', 'no'] as const;
export type VoteAnswer = (typeof voteAnswers)[number];

/** Only people holding a seat take part: interest, waiting list and cancelled registrations do not. */
export const participantStatuses = ['registered', 'attended'] as const;

export const preMeetingLimits = {
  minMinutes: 15,
  maxMinutes: 240,
  /** A poll with more candidates than this is no longer something people fill in. */
  maxOptions: 20,
  questionMaxLength: 2000,
  /** Per person, so one participant cannot flood the organiser's overview. */
  maxQuestionsPerPerson: 20,
  themeMaxLength: 80
} as const;

export function isParticipantStatus(status: string): boolean {
  return (participantStatuses as readonly string[]).includes(status);
}

export interface OptionTally {
  optionId: string;
  startsAt: Date;
  yes: number;
  maybe: number;
  no: number;
}

/**
 * Counts per candidate date, in the order of the candidates. Each vote counts once, or `count`
 * times when it is already a grouped count; votes for unknown options are ignored.
 */
export function tallyVotes(options: { id: string; startsAt: Date }[], votes: { optionId: string; answer: VoteAnswer; count?: number }[]): OptionTally[] {
  const tallies = new Map(options.map((o) => [o.id, { optionId: o.id, startsAt: o.startsAt, yes: 0, maybe: 0, no: 0 }]));
  for (const vote of votes) {
    const tally = tallies.get(vote.optionId);
    if (tally) tally[vote.answer] += vote.count ?? 1;
  }
  return [...tallies.values()];
}

/**
 * The date the poll recommends: most "yes", then most "maybe", then the earliest (sooner leaves
 * more time to prepare). No recommendation while nobody said yes or maybe to any date.
 */
export function bestOption(tallies: OptionTally[]): string | null {
  let best: OptionTally | null = null;
  for (const t of tallies) {
    if (t.yes + t.maybe === 0) continue;
    if (!best || t.yes > best.yes || (t.yes === best.yes && (t.maybe > best.maybe
      || (t.maybe === best.maybe && t.startsAt.getTime() < best.startsAt.getTime())))) best = t;
  }
  return best?.optionId ?? null;
}

export type CandidateCheck = { ok: true } | { ok: false; reason: 'past' | 'after-activity' };

/** A candidate date lies in the future and before the activity starts (it prepares the activity). */
export function checkCandidate(startsAt: Date, context: { now: Date; activityStartsAt: Date }): CandidateCheck {
  if (startsAt.getTime() <= context.now.getTime()) return { ok: false, reason: 'past' };
  if (startsAt.getTime() >= context.activityStartsAt.getTime()) return { ok: false, reason: 'after-activity' };
  return { ok: true };
}

// Seconds since this instant make the iCalendar SEQUENCE: it grows with every new pick and stays
// far below 2^31 for decades, which is what calendar clients accept.
const SEQUENCE_EPOCH_MS = Date.UTC(2026, 0, 1);

/** The iCalendar SEQUENCE of the pick made at `chosenAt`: a later pick always has a higher one. */
export function calendarSequence(chosenAt: Date): number {
  return Math.max(0, Math.floor((chosenAt.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

/** One calendar entry per activity, so a new pick replaces the old date in people's calendars. */
export function preMeetingCalendarUid(activityId: string): string {
  return `voorbereiding-${activityId}`;
}

