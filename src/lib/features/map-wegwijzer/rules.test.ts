import { describe, expect, it } from 'vitest';
import { bestMatches, byQuestion, lexemeMatch, posterDensity, rankRows } from './rules';

describe('lexemeMatch', () => {
  it('matches the same stem fully, a prefix or compound head half, and nothing else', () => {
    expect(lexemeMatch('schoolkost', 'schoolkost')).toBe(1);
    expect(lexemeMatch('mantelzorg', 'mantelzorger')).toBe(0.5);
    expect(lexemeMatch('schoolkost', 'kost')).toBe(0.5);
    expect(lexemeMatch('ou', 'ouder')).toBe(0);
    expect(lexemeMatch('taal', 'geld')).toBe(0);
  });
});

describe('rankRows', () => {
  const rows = [
    { id: 'armoede', lexemes: ['armoed', 'geld', 'schoolkost', 'ouder'] },
    { id: 'taal', lexemes: ['taal', 'tolk', 'ouder'] },
    { id: 'zorg', lexemes: ['zorg', 'ondersteun'] }
  ];

  it('puts the row with the rare word first, and leaves out rows that share nothing', () => {
    const ranked = rankRows(['ouder', 'vraagt', 'hulp', 'schoolkost'], rows);
    expect(ranked.map((r) => r.id)).toEqual(['armoede', 'taal']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score * 2);
    expect(bestMatches(ranked)).toEqual({ best: ['armoede'], also: [] });
  });

  it('finds nothing for an empty need or words no row has', () => {
    expect(rankRows([], rows)).toEqual([]);
    expect(rankRows(['fiets'], rows)).toEqual([]);
    expect(bestMatches([])).toEqual({ best: [], also: [] });
  });

  it('keeps close seconds as "also"', () => {
    expect(bestMatches([{ id: 'a', score: 2 }, { id: 'b', score: 1 }, { id: 'c', score: 0.5 }])).toEqual({ best: ['a'], also: ['b'] });
  });
});

describe('the grid and the poster', () => {
  it('orders rows by question type, own ones last', () => {
    const rows = [{ questionType: 'eigen' as const, question: 'Geloof' }, { questionType: 'taal' as const, question: '' }, { questionType: 'leren' as const, question: '' }];
    expect(byQuestion(rows).map((r) => r.questionType)).toEqual(['leren', 'taal', 'eigen']);
  });

  it('sets the poster tighter as rows grow', () => {
    expect([posterDensity(4), posterDensity(15), posterDensity(25), posterDensity(60)]).toEqual(['roomy', 'normal', 'dense', 'densest']);
  });
});
