import { describe, expect, it } from 'vitest';
import { describeError, maxLoggedChars } from './error-log';

describe('describeError', () => {
  it('never logs a user-supplied value in full, also not through a cause or extra fields', () => {
    const cell = 'A'.repeat(5_000_000);
    const error = Object.assign(new Error(`Failed query: insert … params: ${cell}`, { cause: new Error(`value too long: ${cell}`) }), { params: [cell] });
    const text = describeError(error);
    expect(text.length).toBeLessThan(2 * maxLoggedChars + 4_000);
    expect(text).toContain('Failed query: insert');
    expect(text).toContain('Caused by: Error: value too long');
    expect(text).toContain('more characters');
    expect(describeError(cell).length).toBeLessThan(maxLoggedChars + 50);
  });
});
