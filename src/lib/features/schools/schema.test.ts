import { describe, expect, it } from 'vitest';
import { buildSchool } from '../../../../tests/factories';
import { institutionNumberSchema, mailDomainSchema, newSchoolFormSchema, schoolCreateSchema, schoolKeySchema, schoolProfileSchemaFor } from './schema';

describe('school input', () => {
  it('normalises an instellingsnummer to six digits', () => {
    expect(institutionNumberSchema.parse(' 35865 ')).toBe('035865');
    expect(institutionNumberSchema.parse('104512')).toBe('104512');
  });

  it.each(['1234', '1234567', '12a456', '', '12 456'])('refuses the malformed instellingsnummer %j', (value) => {
    const result = institutionNumberSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('institutionNumberInvalid');
  });

  it('refuses a name of a megabyte with a message key, not a crash', () => {
    const result = schoolCreateSchema.safeParse({ ...buildSchool(), name: 'x'.repeat(1024 * 1024) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('nameTooLong');
  });

  it('refuses an unknown province and a bad postal code', () => {
    const result = schoolCreateSchema.safeParse({ ...buildSchool(), province: 'wallonie', postalCode: '90' });
    const keys = result.error?.issues.map((i) => i.message);
    expect(keys).toContain('provinceInvalid');
    expect(keys).toContain('postalCodeInvalid');
  });
});

const place = { name: 'Basisschool De Klimop', street: 'Kerkstraat 1', municipality: 'Maastricht' };
const keysOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('a new school of any identifier type', () => {
  it('reads a Dutch school: BRIN, postcode 1234 AB, gemeente and sector, no province or onderwijsnet', () => {
    const result = newSchoolFormSchema.safeParse({ ...place, identifierType: 'brin', identifier: '31 qx 00', postalCode: '6211ab', sector: 'po', province: 'limburg', educationNetwork: 'go' });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ identifierType: 'brin', identifier: '31QX00', coordinator: null,
      place: { postalCode: '6211 AB', sector: 'po', province: null, educationNetwork: null, level: null, countryName: null } });
  });

  it('refuses a Dutch school with a Belgian postcode, a bad BRIN and no sector, each at its field', () => {
    const result = newSchoolFormSchema.safeParse({ ...place, identifierType: 'brin', identifier: '12ABC', postalCode: '3500' });
    expect(keysOf(result)).toEqual({ identifier: 'brinInvalid', postalCode: 'postalCodeDutchInvalid', sector: 'sectorInvalid' });
  });

  it('reads a FASE school in Wallonia with a level but no province or onderwijsnet', () => {
    const result = newSchoolFormSchema.safeParse({ ...place, municipality: 'Namur', identifierType: 'fase', identifier: '0456', postalCode: '5000', level: 'basis' });
    expect(result.data).toMatchObject({ identifier: '456', place: { postalCode: '5000', level: 'basis', province: null, educationNetwork: null } });
  });

  it('keeps a Flemish school as it was: instellingsnummer, province and onderwijsnet required', () => {
    const result = newSchoolFormSchema.safeParse({ ...place, municipality: 'Gent', identifierType: 'instellingsnummer', identifier: '1234', postalCode: '9000', level: 'basis' });
    expect(keysOf(result)).toEqual({ identifier: 'institutionNumberInvalid', province: 'provinceInvalid', educationNetwork: 'educationNetworkInvalid' });
  });

  it('asks a school elsewhere for its country by name, but not Belgium or the Netherlands', () => {
    expect(newSchoolFormSchema.safeParse({ ...place, identifierType: 'none', postalCode: 'L-1234', countryName: 'Luxemburg' }).data)
      .toMatchObject({ identifier: null, place: { countryName: 'Luxemburg', postalCode: 'L-1234' } });
    expect(keysOf(newSchoolFormSchema.safeParse({ ...place, identifierType: 'none', postalCode: '1234', countryName: 'Nederland' }))).toEqual({ countryName: 'countryListed' });
    expect(keysOf(newSchoolFormSchema.safeParse({ ...place, identifierType: 'none', postalCode: '1234' }))).toEqual({ countryName: 'countryNameRequired' });
  });

  it('takes a first coordinator whole or not at all', () => {
    const flemish = { ...place, municipality: 'Gent', identifierType: 'instellingsnummer', identifier: '104512', postalCode: '9000', province: 'oost-vlaanderen', level: 'basis', educationNetwork: 'go' };
    expect(newSchoolFormSchema.safeParse({ ...flemish, coordinatorEmail: 'Ann@School.be', coordinatorName: 'Ann', coordinatorRole: 'directeur' }).data?.coordinator)
      .toEqual({ email: 'ann@school.be', name: 'Ann', schoolRole: 'directeur' });
    expect(keysOf(newSchoolFormSchema.safeParse({ ...flemish, coordinatorEmail: 'ann' }))).toEqual({ coordinatorEmail: 'emailInvalid', coordinatorName: 'nameRequired', coordinatorRole: 'roleInvalid' });
  });

  it('refuses an unknown identifier type with a Dutch key', () => {
    expect(keysOf(newSchoolFormSchema.safeParse({ ...place, identifierType: 'siret', postalCode: '1000' }))).toEqual({ identifierType: 'identifierTypeInvalid' });
  });
});

describe('the profile form follows the school type', () => {
  it('needs a sector for a Dutch school and ignores a province sent along', () => {
    const dutch = schoolProfileSchemaFor('brin').safeParse({ ...place, postalCode: '6211 AB', sector: 'vo', province: 'limburg', website: '' });
    expect(dutch.data).toMatchObject({ sector: 'vo', province: null });
    expect(keysOf(schoolProfileSchemaFor('brin').safeParse({ ...place, postalCode: '6211 AB', website: '' }))).toEqual({ sector: 'sectorInvalid' });
  });
});

describe('mail domains of a school', () => {
  it('reads "@school.be" and refuses open providers and non-domains', () => {
    expect(mailDomainSchema.parse({ domain: '@Sint-Jozef.be' })).toEqual({ domain: 'sint-jozef.be' });
    expect(mailDomainSchema.safeParse({ domain: 'gmail.com' }).error?.issues[0]?.message).toBe('mailDomainOpen');
    expect(mailDomainSchema.safeParse({ domain: 'not a domain' }).error?.issues[0]?.message).toBe('mailDomainInvalid');
  });
});

describe('a school named by its key in another feature\'s form', () => {
  it('takes an instellingsnummer or a BRIN or FASE key, and refuses anything else with a Dutch key', () => {
    expect(schoolKeySchema.parse('35865')).toBe('035865');
    expect(schoolKeySchema.parse('BRIN-31qx00')).toBe('brin-31QX00');
    expect(schoolKeySchema.parse('fase-0123')).toBe('fase-123');
    expect(schoolKeySchema.safeParse('12AB').error?.issues[0]?.message).toBe('schoolKeyInvalid');
  });
});
