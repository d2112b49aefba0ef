import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayIdentifier, isListedCountryName, joinRouteOf, mailDomainOf, normaliseBrin, normaliseDutchPostcode, normaliseFase,
  normaliseInstitutionNumber, normaliseMailDomain, parseSchoolKey, routingSchoolYears, schoolKey
} from './rules';

const digit = fc.constantFrom(...'0123456789');
const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const brin = fc.tuple(digit, digit, letter, letter, fc.option(fc.tuple(digit, digit), { nil: undefined }))
  .map(([a, b, c, d, v]) => `${a}${b}${c}${d}${v ? v.join('') : ''}`);
/** The same text as someone might type it: other case, spaces in between. */
const typedAs = (canonical: string) => fc.tuple(fc.boolean(), fc.array(fc.constantFrom('', ' ', '  '), { minLength: canonical.length, maxLength: canonical.length }))
  .map(([lower, gaps]) => [...canonical].map((ch, i) => gaps[i] + (lower ? ch.toLowerCase() : ch)).join(''));

describe('BRIN numbers', () => {
  it('reads any case and spacing of a valid BRIN as the same number', () => {
    fc.assert(fc.property(brin.chain((b) => fc.tuple(fc.constant(b), typedAs(b))), ([canonical, typed]) => {
      expect(normaliseBrin(typed)).toBe(canonical);
    }));
  });

  it.each(['1AB', '12ABC', 'AB12', '12A', '12AB0', '12AB000', '12ÀB', ''])('refuses %j', (value) => {
    expect(normaliseBrin(value)).toBeNull();
  });
});

describe('Dutch and Belgian postcodes', () => {
  it('writes every valid Dutch postcode as "1234 AB" and is idempotent', () => {
    const postcode = fc.tuple(fc.integer({ min: 1000, max: 9999 }), letter, letter).map(([n, a, b]) => `${n} ${a}${b}`);
    fc.assert(fc.property(postcode, fc.boolean(), (canonical, squeeze) => {
      const typed = squeeze ? canonical.replace(' ', '').toLowerCase() : canonical;
      expect(normaliseDutchPostcode(typed)).toBe(canonical);
      expect(normaliseDutchPostcode(canonical)).toBe(canonical);
    }));
  });

  it.each(['0123 AB', '123 AB', '1234 A', '1234 ABC', '1234-AB', '9000'])('refuses the Dutch postcode %j', (value) => {
    expect(normaliseDutchPostcode(value)).toBeNull();
  });
});

describe('instellingsnummer and FASE', () => {
  it('pads an instellingsnummer to six digits and drops leading zeros of a FASE number', () => {
    expect(normaliseInstitutionNumber(' 35865 ')).toBe('035865');
    expect(normaliseFase('0123')).toBe('123');
    expect(normaliseFase('FASE 4567')).toBe('4567');
    expect(normaliseFase('0')).toBeNull();
    expect(normaliseFase('123456')).toBeNull();
  });
});

describe('school keys', () => {
  it('keeps the instellingsnummer as the key, so existing URLs stay', () => {
    expect(schoolKey('instellingsnummer', '913204')).toBe('913204');
    expect(parseSchoolKey('35865')).toBe('035865');
  });

  it('reads back every key it makes, from any case', () => {
    const keys = fc.oneof(
      brin.map((b) => schoolKey('brin', b)),
      fc.integer({ min: 1, max: 99999 }).map((n) => schoolKey('fase', String(n))),
      fc.integer({ min: 10000, max: 999999 }).map((n) => schoolKey('instellingsnummer', String(n).padStart(6, '0'))),
      fc.stringMatching(/^[0-9a-f]{12}$/).map((hex) => schoolKey('none', hex))
    );
    fc.assert(fc.property(keys, fc.boolean(), (key, upper) => {
      expect(parseSchoolKey(upper ? key.toUpperCase() : key)).toBe(key);
    }));
  });

  it('keeps identifier types apart and refuses what is no key', () => {
    expect(schoolKey('fase', '913204')).not.toBe(schoolKey('instellingsnummer', '913204'));
    for (const text of ['brin-12', 'fase-abc', 'school-xyz', '1234', '../etc', '']) expect(parseSchoolKey(text)).toBeNull();
  });

  it('shows the identifier as people write it', () => {
    expect(displayIdentifier('brin', 'brin-12AB00')).toBe('BRIN 12AB00');
    expect(displayIdentifier('fase', 'fase-123')).toBe('FASE 123');
    expect(displayIdentifier('none', 'school-0123456789ab')).toBe('');
  });
});

describe('countries and mail domains', () => {
  it('sends Belgium and the Netherlands to the list, whatever the spelling', () => {
    for (const name of ['België', 'belgie', 'Nederland', 'The Netherlands', ' Pays-Bas ']) expect(isListedCountryName(name)).toBe(true);
    expect(isListedCountryName('Luxemburg')).toBe(false);
  });

  it('reads a domain as typed and the domain of an address', () => {
    expect(normaliseMailDomain('@Sint-Jozef.be')).toBe('sint-jozef.be');
    expect(normaliseMailDomain('sint jozef.be')).toBeNull();
    expect(normaliseMailDomain('be')).toBeNull();
    expect(mailDomainOf('Ann@Sint-Jozef.BE')).toBe('sint-jozef.be');
  });
});

describe('who decides on a request to join', () => {
  it('asks the coordinators, else the network facilitators, else the platform admins', () => {
    expect(joinRouteOf({ coordinatorCount: 2, networkOrganisationIds: ['o1'] })).toEqual({ to: 'coordinators' });
    expect(joinRouteOf({ coordinatorCount: 0, networkOrganisationIds: ['o2', 'o1', 'o2'] })).toEqual({ to: 'facilitators', organisationIds: ['o1', 'o2'] });
    expect(joinRouteOf({ coordinatorCount: 0, networkOrganisationIds: [] })).toEqual({ to: 'platform-admins' });
  });

  it('counts this school year, the one before and the working year', () => {
    expect(routingSchoolYears(2026, 2026)).toEqual([2025, 2026]);
    expect(routingSchoolYears(2026, 2027)).toEqual([2025, 2026, 2027]);
  });
});
