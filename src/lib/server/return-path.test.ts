import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps same-site paths', () => {
    expect(safeReturnPath('/werkruimte/samana?x=1')).toBe('/werkruimte/samana?x=1');
  });
  it('refuses other sites and odd values', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'werkruimte', null, 42]) {
      expect(safeReturnPath(bad, '/fallback')).toBe('/fallback');
    }
  });
});
