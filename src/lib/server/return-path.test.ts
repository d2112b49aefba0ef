import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const base = 'http://netwerkplein.invalid';

/** Where a browser at our origin would go with this Location: never another origin. */
function staysOnSite(location: string): boolean {
  return new URL(location, base).origin === base && !/[\r\n]/.test(location);
}

describe('safeReturnPath', () => {
  it('keeps same-site paths, query and fragment', () => {
    expect(safeReturnPath('/werkruimte/samana?x=1')).toBe('/werkruimte/samana?x=1');
    expect(safeReturnPath('/activiteiten/samana/vorming#reacties')).toBe('/activiteiten/samana/vorming#reacties');
    expect(safeReturnPath('/school/913204/lerende-netwerken?schooljaar=2023-2024')).toBe('/school/913204/lerende-netwerken?schooljaar=2023-2024');
  });

  it('refuses other sites and odd values', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'werkruimte', null, 42, '', `/${'a'.repeat(600)}`]) {
      expect(safeReturnPath(bad, '/fallback')).toBe('/fallback');
    }
  });

  it('never leaves the site, whatever control character, space or slash sits where', () => {
    const hostile: string[] = [
      '/%2F/evil.example', '/%5Cevil.example', '/.//evil.example', '/..//evil.example', '/%09/evil.example',
      '/\u3000/evil.example', '/\uff0f/evil.example', '/@evil.example', '/user:pass@evil.example', '/javascript:alert(1)',
      '/data:text/html,x', '/ /evil.example', '/\u00a0/evil.example', '/%0d%0aSet-Cookie:x=1', '/\ud800/evil.example'
    ];
    // Every C0 control, DEL, tab, newline and space, before, inside and after the second slash.
    for (let code = 0; code <= 0x20; code++) {
      const c = String.fromCharCode(code);
      hostile.push(`/${c}/evil.example`, `${c}//evil.example`, `//${c}evil.example`, `/werkruimte${c}`, `/${c}\\evil.example`);
    }
    hostile.push('/\u007f/evil.example', '\\/evil.example', '/\\/evil.example');
    expect(hostile.length).toBeGreaterThanOrEqual(30);
    for (const value of hostile) {
      const result = safeReturnPath(value, '/fallback');
      expect(staysOnSite(result), JSON.stringify(value)).toBe(true);
    }
  });
});
