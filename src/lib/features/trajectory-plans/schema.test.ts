import { describe, expect, it } from 'vitest';
import { reflectionSchema } from './schema';

const actionId = '630d52cb-fe98-445f-b374-bdc0fdf3af5f';

describe('a reflection’s date', () => {
  it('refuses a malformed or impossible date with the Dutch key instead of throwing (found by the action fuzz suite)', () => {
    for (const writtenOn of ['#_k', '.DZg7*TP|}', 'javascript:alert(1)', '2027-02-30', '']) {
      const parsed = reflectionSchema.safeParse({ actionId, writtenOn, text: 'We merken verschil in de klas.' });
      expect(parsed.success ? null : parsed.error.issues.map((i) => i.message)).toContain('dateInvalid');
    }
    expect(reflectionSchema.parse({ actionId, writtenOn: '2027-02-28', text: 'We merken verschil in de klas.' }).writtenOn).toBe('2027-02-28');
  });
});
