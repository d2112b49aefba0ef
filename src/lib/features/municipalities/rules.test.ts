import { describe, expect, it } from 'vitest';
import { groupPairs, readPairChoice, type PairOption } from './rules';
import { pairRoleOf } from './policy';

const options: PairOption[] = [
  { id: 'm1', name: 'Maastricht', country: 'NL', invoiceName: 'Gemeente Maastricht', invoiceNumber: '', invoiceEmail: '', schools: [{ id: 's1', name: 'De Maasoever' }, { id: 's2', name: 'Het Kompas' }] },
  { id: 'm2', name: 'Genk', country: 'BE', invoiceName: 'Stad Genk', invoiceNumber: '', invoiceEmail: '', schools: [{ id: 's3', name: 'Winterslag' }] }
];

describe('readPairChoice', () => {
  it('is no pair when nothing or "not together" is chosen', () => {
    expect(readPairChoice({}, options)).toEqual({ ok: true, pair: null });
    expect(readPairChoice({ pairMunicipality: '', pairSchool_s1: 'on' }, options)).toEqual({ ok: true, pair: null });
  });

  it('keeps only the chosen municipality’s schools (the others sit hidden in the same form)', () => {
    expect(readPairChoice({ pairMunicipality: 'm1', pairSchool_s2: 'on', pairSchool_s3: 'on', pairSchool_forged: 'on' }, options))
      .toEqual({ ok: true, pair: { municipalityId: 'm1', schoolIds: ['s2'] } });
  });

  it('refuses a municipality that is not offered', () => {
    expect(readPairChoice({ pairMunicipality: 'elders' }, options)).toEqual({ ok: false, key: 'registrationPairUnknown' });
  });
});

describe('who is who in a pair', () => {
  it('is the officer only when the municipality lists the person', () => {
    expect(pairRoleOf(['m1'], 'm1')).toBe('officer');
    expect(pairRoleOf(['m2'], 'm1')).toBe('school');
  });

  it('groups officers and school registrants per municipality, by name', () => {
    const member = (registrationId: string, name: string, role: 'officer' | 'school', municipalityId: string) =>
      ({ registrationId, name, role, portfolio: null, schools: [], municipalityId, municipality: municipalityId === 'm1' ? 'Gemeente Maastricht' : 'Stad Genk', country: 'NL' as const });
    const groups = groupPairs([member('r1', 'Zoë', 'school', 'm1'), member('r2', 'Anna', 'school', 'm1'), member('r3', 'Ruud', 'officer', 'm1'), member('r4', 'Griet', 'officer', 'm2')]);
    expect(groups.map((g) => [g.municipality, g.officers.map((o) => o.name), g.schools.map((s) => s.name)]))
      .toEqual([['Gemeente Maastricht', ['Ruud'], ['Anna', 'Zoë']], ['Stad Genk', ['Griet'], []]]);
  });
});
