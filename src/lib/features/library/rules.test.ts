import { describe, expect, it } from 'vitest';
import { searchQuery, slugFromTitle } from './rules';

describe('searchQuery', () => {
  it('makes a prefix query of each word', () => {
    expect(searchQuery('Spijbelen  school')).toBe('spijbelen:* & school:*');
  });
  it('lets no tsquery syntax through', () => {
    expect(searchQuery("a' | !b:* & (c) <-> spijbel")).toBe('spijbel:*');
    expect(searchQuery('!!! ()')).toBeNull();
  });
  it('keeps accented letters for the database to unaccent', () => {
    expect(searchQuery('geïnspireerd')).toBe('geïnspireerd:*');
  });
});

describe('slugFromTitle', () => {
  it('drops accents and punctuation', () => {
    expect(slugFromTitle('‘Minder mazen, meer net’')).toBe('minder-mazen-meer-net');
    expect(slugFromTitle('Psychische kwetsbaarheid en schooluitval')).toBe('psychische-kwetsbaarheid-en-schooluitval');
    expect(slugFromTitle('!!!')).toBe('praktijkvoorbeeld');
  });
});
