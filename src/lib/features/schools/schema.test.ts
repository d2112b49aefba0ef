import { describe, expect, it } from 'vitest';
import { buildSchool } from '../../../../tests/factories';
import { institutionNumberSchema, schoolCreateSchema } from './schema';

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
