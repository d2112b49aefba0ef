import { describe, expect, it } from 'vitest';
import { isParticipantStatus, reactionShownAs } from './rules';
import { reactionDeleteSchema, reactionSchema, travelOfferSchema } from './schema';

describe('participants', () => {
  it('counts registered, waiting and attended people as participants, not interest, cancelled or absent', () => {
    expect(['registered', 'waiting', 'attended'].every(isParticipantStatus)).toBe(true);
    expect(['interest', 'cancelled', 'absent', '', null, undefined].some(isParticipantStatus)).toBe(false);
  });
});

describe('reactionShownAs', () => {
  const hidden = { personId: 'author', hiddenAt: new Date('2027-01-10T10:00:00Z') };
  it('shows a visible reaction to everyone', () => {
    expect(reactionShownAs({ personId: 'author', hiddenAt: null }, null)).toBe('visible');
    expect(reactionShownAs({ personId: 'author', hiddenAt: null }, 'someone')).toBe('visible');
  });
  it('keeps a hidden reaction for its author only, marked as hidden', () => {
    expect(reactionShownAs(hidden, 'author')).toBe('hidden-own');
    expect(reactionShownAs(hidden, 'someone')).toBe('absent');
    expect(reactionShownAs(hidden, null)).toBe('absent');
  });
});

describe('travel board input', () => {
  const valid = { fromPlace: 'Mechelen station', mode: 'trein', contact: '0470 12 34 56', note: 'nog 2 plaatsen in de auto' };
  it('accepts an entry and trims it', () => {
    expect(travelOfferSchema.parse({ ...valid, fromPlace: '  Gent ' })).toMatchObject({ fromPlace: 'Gent', mode: 'trein' });
    expect(travelOfferSchema.parse({ fromPlace: 'Gent', mode: 'auto', contact: 'an@school.be' }).note).toBe('');
  });
  it('refuses a place, contact or mode out of bounds with the area error keys', () => {
    const errors = (input: object) => travelOfferSchema.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(errors({ ...valid, fromPlace: 'G' })).toEqual(['fromPlace:communityFromPlaceRequired']);
    expect(errors({ ...valid, fromPlace: 'x'.repeat(121) })).toEqual(['fromPlace:communityFromPlaceRequired']);
    expect(errors({ ...valid, mode: 'fiets' })).toEqual(['mode:communityModeInvalid']);
    expect(errors({ ...valid, contact: 'ab' })).toEqual(['contact:communityContactRequired']);
    expect(errors({ ...valid, contact: 'x'.repeat(201) })).toEqual(['contact:communityContactRequired']);
    expect(errors({ ...valid, note: 'x'.repeat(301) })).toEqual(['note:communityNoteTooLong']);
  });
});

describe('reaction input', () => {
  it('takes 2 to 2000 characters', () => {
    expect(reactionSchema.safeParse({ body: ' a ' }).success).toBe(false);
    expect(reactionSchema.safeParse({ body: 'Fijn!' }).success).toBe(true);
    expect(reactionSchema.safeParse({ body: 'x'.repeat(2001) }).success).toBe(false);
  });
  it('deletes only with the confirmation ticked', () => {
    const reactionId = '6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(reactionDeleteSchema.safeParse({ reactionId }).error?.issues[0]?.message).toBe('communityConfirmDelete');
    expect(reactionDeleteSchema.safeParse({ reactionId, confirm: 'on' }).success).toBe(true);
  });
});
