// The session cookie: HttpOnly, SameSite=Lax, Secure whenever the site is served over https.
import type { Cookies } from '@sveltejs/kit';

export const sessionCookie = 'np_session';

/**
 * Max-Age rather than Expires: the browser counts the lifetime from when it receives the cookie, so
 * a visitor's wrong clock (or a server clock that differs from the browser's) does not end the session early.
 */
export function setSessionCookie(cookies: Cookies, url: URL, secret: string, expires: Date): void {
  const maxAge = Math.max(0, Math.floor((expires.getTime() - Date.now()) / 1000));
  cookies.set(sessionCookie, secret, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(sessionCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}

/**
 * The id of one external sign-in attempt (ADR 026), sent back by the browser when the provider
 * returns it to us: a top-level GET from the provider's site, which SameSite=Lax lets through.
 */
export const oidcAttemptCookie = 'np_oidc';
const oidcCookiePath = '/aanmelden/oidc';

export function setOidcAttemptCookie(cookies: Cookies, url: URL, id: string, maxAgeSeconds: number): void {
  cookies.set(oidcAttemptCookie, id, { path: oidcCookiePath, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: maxAgeSeconds });
}

export function clearOidcAttemptCookie(cookies: Cookies, url: URL): void {
  cookies.delete(oidcAttemptCookie, { path: oidcCookiePath, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}
