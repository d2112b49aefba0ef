import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import { preMeetingOptionSchema, preMeetingQuestionSchema, preMeetingSettingsSchema, preMeetingThemeSchema, voteField, votesSchema } from './schema';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe('pre-meeting settings', () => {
  it('accepts an https link and a duration between 15 and 240 minutes', () => {
    const parsed = parseForm(preMeetingSettingsSchema, form({ onlineUrl: ' https://meet.example.org/abc ', durationMinutes: '90' }));
    expect(parsed).toEqual({ ok: true, data: { onlineUrl: 'https://meet.example.org/abc', durationMinutes: 90 } });
  });

  it.each([
    ['http://meet.example.org/abc', 'onlineUrl'], ['javascript:alert(1)', 'onlineUrl'], ['', 'onlineUrl'], ['https://localhost', 'onlineUrl']
  ])('refuses the link %s', (onlineUrl, field) => {
    const parsed = parseForm(preMeetingSettingsSchema, form({ onlineUrl, durationMinutes: '60' }));
    expect(parsed.ok ? null : parsed.failure.errors[field]).toBe('preMeetingUrlInvalid');
  });

  it.each(['14', '241', '', '60.5', 'een uur'])('refuses the duration %s', (durationMinutes) => {
    const parsed = parseForm(preMeetingSettingsSchema, form({ onlineUrl: 'https://meet.example.org/abc', durationMinutes }));
    expect(parsed.ok ? null : parsed.failure.errors.durationMinutes).toBe('preMeetingDurationInvalid');
  });
});

describe('candidate dates', () => {
  it('turns Brussels wall-clock time into an instant (winter and summer time)', () => {
    expect(parseForm(preMeetingOptionSchema, form({ date: '2027-01-12', time: '19:00' }))).toEqual({ ok: true, data: { startsAt: new Date('2027-01-12T18:00:00Z'), confirmCalendar: false } });
    expect(parseForm(preMeetingOptionSchema, form({ date: '2027-10-05', time: '19:00' }))).toEqual({ ok: true, data: { startsAt: new Date('2027-10-05T17:00:00Z'), confirmCalendar: false } });
  });

  it('refuses an impossible date or time with a message per field', () => {
    const parsed = parseForm(preMeetingOptionSchema, form({ date: '2027-02-30', time: '25:00' }));
    expect(parsed.ok ? null : parsed.failure.errors).toEqual({ date: 'dateInvalid', time: 'timeInvalid' });
  });
});

describe('questions and themes', () => {
  it('accepts 1 to 2000 characters, trimmed', () => {
    expect(parseForm(preMeetingQuestionSchema, form({ body: '  Hoe gaat het vervoer?  ' }))).toEqual({ ok: true, data: { body: 'Hoe gaat het vervoer?' } });
    expect(parseForm(preMeetingQuestionSchema, form({ body: 'x'.repeat(2000) })).ok).toBe(true);
  });

  it('refuses an empty or too long question', () => {
    const empty = parseForm(preMeetingQuestionSchema, form({ body: '   ' }));
    expect(empty.ok ? null : empty.failure.errors.body).toBe('preMeetingQuestionRequired');
    const long = parseForm(preMeetingQuestionSchema, form({ body: 'x'.repeat(2001) }));
    expect(long.ok ? null : long.failure.errors.body).toBe('preMeetingQuestionTooLong');
  });

  it('reads an empty theme as "not yet grouped" and refuses one over 80 characters', () => {
    const questionId = '00000000-0000-4000-8000-000000000001';
    expect(parseForm(preMeetingThemeSchema, form({ questionId, theme: ' ' }))).toEqual({ ok: true, data: { questionId, theme: null } });
    const long = parseForm(preMeetingThemeSchema, form({ questionId, theme: 'x'.repeat(81) }));
    expect(long.ok ? null : long.failure.errors.theme).toBe('preMeetingThemeTooLong');
  });
});

describe('votesSchema', () => {
  const ids = ['a', 'b', 'c'];
  const readVotes = (data: FormData, optionIds: string[]) => parseForm(votesSchema(optionIds), data);
  const errorsOf = (data: FormData, optionIds: string[]) => {
    const read = readVotes(data, optionIds);
    return read.ok ? null : read.failure.errors;
  };

  it('reads one answer per date and skips dates left open', () => {
    expect(readVotes(form({ [voteField('a')]: 'yes', [voteField('c')]: 'no', [voteField('x')]: 'yes' }), ids))
      .toEqual({ ok: true, data: { votes: [{ optionId: 'a', answer: 'yes' }, { optionId: 'c', answer: 'no' }] } });
  });

  it('refuses an answer that is not yes, maybe or no, next to its date', () => {
    expect(errorsOf(form({ [voteField('a')]: 'yes', [voteField('b')]: 'altijd' }), ids)).toEqual({ [voteField('b')]: 'preMeetingVoteInvalid' });
  });

  it('refuses a form without any answer', () => {
    expect(errorsOf(form({ leeg: '' }), ids)).toEqual({ votes: 'preMeetingVoteRequired' });
    expect(errorsOf(form({}), [])).toEqual({ votes: 'preMeetingVoteRequired' });
  });
});
