import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { setSessionCookie } from './session-cookie';

describe('the session cookie', () => {
  it('carries its lifetime as Max-Age, so a browser whose clock differs from ours keeps the session as long', () => {
    const set: { name: string; options: Record<string, unknown> }[] = [];
    const cookies = { set: (name: string, _value: string, options: Record<string, unknown>) => set.push({ name, options }) } as unknown as Cookies;
    setSessionCookie(cookies, new URL('https://netwerkplein.example/'), 'geheim', new Date(Date.now() + 30 * 86_400_000));
    expect(set).toHaveLength(1);
    expect(set[0]!.options.expires).toBeUndefined();
    expect(set[0]!.options.maxAge).toBeGreaterThan(30 * 86_400 - 5);
    expect(set[0]!.options.maxAge).toBeLessThanOrEqual(30 * 86_400);
    expect(set[0]!.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
  });
});
