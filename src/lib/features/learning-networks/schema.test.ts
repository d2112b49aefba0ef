import { describe, expect, it } from 'vitest';
import { cohortAddSchema, participationAddSchema } from './schema';

describe('adding one school by hand to the participants or to a learning network', () => {
  it('takes a Dutch or French-speaking school by its key, as the network member form does (ADR 028)', () => {
    expect(participationAddSchema.parse({ schoolYear: '2023-2024', institutionNumber: 'BRIN-31qx00' }).institutionNumber).toBe('brin-31QX00');
    expect(cohortAddSchema.parse({ institutionNumber: 'fase-1234', reason: 'Sluit later aan' }).institutionNumber).toBe('fase-1234');
    expect(participationAddSchema.parse({ schoolYear: '2023-2024', institutionNumber: '35865' }).institutionNumber).toBe('035865');
  });

  it('refuses what is no school key with the Dutch message that names every kind of number', () => {
    const refused = participationAddSchema.safeParse({ schoolYear: '2023-2024', institutionNumber: '31QX00' });
    expect(refused.success ? null : refused.error.issues[0]?.message).toBe('schoolKeyInvalid');
  });
});
