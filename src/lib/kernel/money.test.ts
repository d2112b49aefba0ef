import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { euroFieldText, formatEuro, parseEuroCents } from './money';

describe('parseEuroCents / euroFieldText (moved unchanged from the activity rules)', () => {
  it('reads prices the way people type them in Flanders', () => {
    expect(parseEuroCents('695')).toBe(69500);
    expect(parseEuroCents('695,50')).toBe(69550);
    expect(parseEuroCents('695.5')).toBe(69550);
    expect(parseEuroCents('€ 1.250,00')).toBe(125000);
    expect(parseEuroCents('695,-')).toBe(69500);
    expect(parseEuroCents(' 0 ')).toBe(0);
    expect(parseEuroCents('')).toBe(0);
  });

  it('refuses what is not a price', () => {
    for (const bad of ['-5', 'gratis', '695,505', '1,2,3', ',50', '12345678']) expect(parseEuroCents(bad), bad).toBeNull();
  });

  it('writes cents back as form text', () => {
    expect(euroFieldText(69500)).toBe('695');
    expect(euroFieldText(69550)).toBe('695,50');
    expect(euroFieldText(5)).toBe('0,05');
  });
});

describe('formatEuro', () => {
  it('writes prices the Flemish way, as the pages and mails always did', () => {
    expect(formatEuro(69500)).toBe('€ 695,-');
    expect(formatEuro(9550)).toBe('€ 95,50');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(125000)).toBe('€ 1250,-');
    expect(formatEuro(0)).toBe('€ 0,-');
  });

  it('matches the hand-written formatter it replaced, and reads back (property)', () => {
    const before = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',').replace(',00', ',-')}`;
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
      expect(formatEuro(cents)).toBe(before(cents));
      expect(parseEuroCents(formatEuro(cents))).toBe(cents);
      expect(parseEuroCents(euroFieldText(cents))).toBe(cents);
    }));
  });
});
