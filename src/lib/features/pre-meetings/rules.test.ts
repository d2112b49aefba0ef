import { describe, expect, it } from 'vitest';
import { bestOption, calendarSequence, checkCandidate, isParticipantStatus, tallyVotes, type OptionTally } from './rules';

const at = (iso: string) => new Date(iso);
const tally = (optionId: string, startsAt: string, yes: number, maybe: number, no: number): OptionTally => ({ optionId, startsAt: at(startsAt), yes, maybe, no });

describe('bestOption', () => {
  it('prefers the most yes votes', () => {
    expect(bestOption([tally('a', '2027-10-05T17:00:00Z', 2, 5, 0), tally('b', '2027-10-07T10:30:00Z', 3, 0, 4)])).toBe('b');
  });

  it('breaks a tie on yes with the most maybe votes', () => {
    expect(bestOption([tally('a', '2027-10-05T17:00:00Z', 2, 1, 0), tally('b', '2027-10-07T10:30:00Z', 2, 3, 0)])).toBe('b');
  });

  it('takes the earliest date when yes and maybe are equal', () => {
    expect(bestOption([tally('late', '2027-10-12T17:00:00Z', 1, 1, 0), tally('early', '2027-10-05T17:00:00Z', 1, 1, 3)])).toBe('early');
  });

  it('recommends nothing while nobody said yes or maybe', () => {
    expect(bestOption([])).toBeNull();
    expect(bestOption([tally('a', '2027-10-05T17:00:00Z', 0, 0, 4), tally('b', '2027-10-07T10:30:00Z', 0, 0, 0)])).toBeNull();
  });

  it('recommends a date with only maybe votes over one with only no votes', () => {
    expect(bestOption([tally('a', '2027-10-05T17:00:00Z', 0, 0, 5), tally('b', '2027-10-07T10:30:00Z', 0, 1, 0)])).toBe('b');
  });
});

describe('tallyVotes', () => {
  const options = [{ id: 'a', startsAt: at('2027-10-05T17:00:00Z') }, { id: 'b', startsAt: at('2027-10-07T10:30:00Z') }];

  it('counts each answer per date, keeps dates without votes and ignores unknown dates', () => {
    const tallies = tallyVotes(options, [
      { optionId: 'a', answer: 'yes' }, { optionId: 'a', answer: 'no' }, { optionId: 'a', answer: 'yes' },
      { optionId: 'x', answer: 'yes' }
    ]);
    expect(tallies).toEqual([
      { optionId: 'a', startsAt: options[0]!.startsAt, yes: 2, maybe: 0, no: 1 },
      { optionId: 'b', startsAt: options[1]!.startsAt, yes: 0, maybe: 0, no: 0 }
    ]);
  });

  it('adds grouped counts', () => {
    expect(tallyVotes(options, [{ optionId: 'b', answer: 'maybe', count: 4 }])[1]).toMatchObject({ maybe: 4 });
  });
});

describe('checkCandidate', () => {
  const context = { now: at('2026-11-23T12:00:00Z'), activityStartsAt: at('2027-02-10T12:30:00Z') };

  it('accepts a date between now and the start of the activity', () => {
    expect(checkCandidate(at('2027-01-12T18:00:00Z'), context)).toEqual({ ok: true });
  });

  it('refuses a date in the past or right now', () => {
    expect(checkCandidate(at('2026-11-20T18:00:00Z'), context)).toEqual({ ok: false, reason: 'past' });
    expect(checkCandidate(context.now, context)).toEqual({ ok: false, reason: 'past' });
  });

  it('refuses a date at or after the start of the activity', () => {
    expect(checkCandidate(context.activityStartsAt, context)).toEqual({ ok: false, reason: 'after-activity' });
    expect(checkCandidate(at('2027-03-01T18:00:00Z'), context)).toEqual({ ok: false, reason: 'after-activity' });
  });
});

describe('calendar sequence and dates', () => {
  it('grows with a later pick and fits in a signed 32-bit integer for decades', () => {
    const first = calendarSequence(at('2027-01-05T10:00:00Z'));
    expect(calendarSequence(at('2027-01-05T10:00:01Z'))).toBeGreaterThan(first);
    expect(calendarSequence(at('2080-01-01T00:00:00Z'))).toBeLessThan(2 ** 31);
    expect(calendarSequence(at('2020-01-01T00:00:00Z'))).toBe(0);
  });

  it('counts registered and attended people as participants, nobody else', () => {
    expect(['registered', 'attended', 'waiting', 'interest', 'cancelled', 'absent'].filter(isParticipantStatus)).toEqual(['registered', 'attended']);
  });
});
