import { describe, expect, it } from 'vitest';
import { crossSiteFormRefusal, frameworkErrorMessage, transportHeaders } from './transport';

describe('transport headers', () => {
  it('sends HSTS for a year only when the origin is https', () => {
    const secure = transportHeaders(new Response('x'), 'https://netwerkplein.example');
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(transportHeaders(new Response('x'), 'http://localhost:3000').headers.has('strict-transport-security')).toBe(false);
  });

  it('names utf-8 on HTML, and leaves other types and a given charset alone', () => {
    const html = (type: string) => transportHeaders(new Response('x', { headers: { 'content-type': type } }), 'http://x').headers.get('content-type');
    expect(html('text/html')).toBe('text/html; charset=utf-8');
    expect(html('text/html; charset=iso-8859-1')).toBe('text/html; charset=iso-8859-1');
    expect(html('application/json')).toBe('application/json');
  });
});

describe('cross-site form refusal', () => {
  it('lets exactly the one-click unsubscribe through without an Origin (RFC 8058: mail providers post it), and nothing beside it', () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(crossSiteFormRefusal(event('POST', form, undefined, '/afmelden/nieuwsbrief/Abc_123-xyz'))).toBeNull();
    for (const path of ['/afmelden', '/afmelden/nieuwsbrief', '/afmelden/nieuwsbrief/abc/meer', '/nieuwsbrief/voorkeuren/abc', '/afmelden/nieuwsbrief/a.b']) {
      expect(crossSiteFormRefusal(event('POST', form, undefined, path))?.status, path).toBe(403);
    }
    expect(crossSiteFormRefusal(event('DELETE', form, undefined, '/afmelden/nieuwsbrief/abc'))?.status).toBe(403);
  });

  const origin = 'https://netwerkplein.example';
  function event(method: string, headers: Record<string, string>, locale?: string, path = '/werkruimte') {
    return {
      request: new Request(`${origin}${path}`, { method, headers, body: method === 'GET' ? undefined : 'name=x' }),
      url: new URL(`${origin}${path}`),
      cookies: { get: (name: string) => (name === 'np_lang' ? locale : undefined) }
    } as unknown as Parameters<typeof crossSiteFormRefusal>[0];
  }

  it('refuses a form post from another origin, or without one, in Dutch by default and English when chosen', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const refused = crossSiteFormRefusal(event('POST', { ...form, origin: 'https://evil.example' }));
    expect(refused?.status).toBe(403);
    expect(await refused?.text()).toContain('vanaf een andere website');
    expect(crossSiteFormRefusal(event('POST', form))?.status).toBe(403);
    const english = crossSiteFormRefusal(event('DELETE', { 'content-type': 'text/plain; charset=utf-8', origin: 'https://evil.example' }, 'en'));
    expect(await english?.text()).toContain('from another website');
    const multipart = event('PATCH', { 'content-type': 'Multipart/Form-Data; boundary=x', origin: 'https://evil.example', accept: 'application/json' });
    expect(await crossSiteFormRefusal(multipart)?.json()).toEqual({ message: expect.stringContaining('andere website') });
  });

  it('lets our own forms, reads and non-form bodies through, as SvelteKit does', () => {
    expect(crossSiteFormRefusal(event('POST', { 'content-type': 'multipart/form-data; boundary=x', origin }))).toBeNull();
    expect(crossSiteFormRefusal(event('GET', { origin: 'https://evil.example' }))).toBeNull();
    expect(crossSiteFormRefusal(event('POST', { 'content-type': 'application/json', origin: 'https://evil.example' }))).toBeNull();
  });
});

describe('framework error messages', () => {
  it('names a too-large body in the visitor language, anything else stays generic', () => {
    expect(frameworkErrorMessage(413, 'nl')).toContain('te groot');
    expect(frameworkErrorMessage(413, 'en')).toContain('too large');
    expect(frameworkErrorMessage(500, 'nl')).toBe('Er ging iets mis. Probeer het later opnieuw.');
  });
});
