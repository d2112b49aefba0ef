import { describe, expect, it } from 'vitest';
import { schoolYearSchema } from './schema';

describe('schoolYearSchema', () => {
  it('turns 2023-2024 into its start year', () => {
    expect(schoolYearSchema.parse('2023-2024')).toBe(2023);
  });

  it.each(['2023-2025', '2023', '23-24', 'x'.repeat(1000)])('refuses %j', (value) => {
    expect(schoolYearSchema.safeParse(value).error?.issues[0]?.message).toBe('schoolYearInvalid');
  });
});
