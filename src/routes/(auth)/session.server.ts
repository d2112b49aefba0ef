// Every way of signing in (password, magic link, password reset) ends alike.
import type { Cookies } from '@sveltejs/kit';
import { createSession, rememberLanguage } from '$lib/features/people/mutations.server';
import type { Locale } from '$lib/i18n/messages';
import { setSessionCookie } from '$lib/server/session-cookie';

/**
 * A fresh session id at every sign-in: a planted cookie never becomes a signed-in session. The
 * language the person signed in with becomes their mails' language (ADR 024).
 */
export async function startSession(cookies: Cookies, url: URL, personId: string, locale: Locale): Promise<void> {
  const session = await createSession(personId);
  await rememberLanguage(personId, locale);
  setSessionCookie(cookies, url, session.secret, session.expiresAt);
}
