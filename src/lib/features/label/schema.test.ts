import { describe, expect, it } from 'vitest';
import { labelUrlSchema } from './schema';

const network = '5b8e3f1c-2a4d-4e6f-8a9b-0c1d2e3f4a5b';

describe('the parts of a verification URL', () => {
  it('reads the network, the six-digit instellingsnummer and the school year', () => {
    expect(labelUrlSchema.parse({ network, school: '913204', year: '2022-2023' }))
      .toEqual({ network, school: '913204', year: { startYear: 2022, label: '2022-2023' } });
  });

  it('refuses anything else', () => {
    for (const params of [
      { network: 'geen-uuid', school: '913204', year: '2022-2023' },
      { network, school: '91320', year: '2022-2023' },
      { network, school: '913204', year: '2022-2024' },
      { network, school: '913204', year: '2022' }
    ]) expect(labelUrlSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
  });
});
