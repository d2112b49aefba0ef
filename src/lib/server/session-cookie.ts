// The session cookie: HttpOnly, SameSite=Lax, Secure whenever the site is served over https.
import type { Cookies } from '@sveltejs/kit';

export const sessionCookie = 'np_session';

export function setSessionCookie(cookies: Cookies, url: URL, secret: string, expires: Date): void {
  cookies.set(sessionCookie, secret, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(sessionCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}
