// Every way of signing in (password, magic link, password reset, OpenID Connect) ends alike.
import { error, type Cookies } from '@sveltejs/kit';
import { AccountDeactivated, createSession, rememberLanguage } from '$lib/features/people/mutations.server';
import { messagesFor, type Locale } from '$lib/i18n/messages';
import { setSessionCookie } from '$lib/server/session-cookie';

/**
 * A fresh session id at every sign-in: a planted cookie never becomes a signed-in session. The
 * language the person signed in with becomes their mails' language (ADR 024).
 */
export async function startSession(cookies: Cookies, url: URL, personId: string, locale: Locale): Promise<void> {
  const session = await createSession(personId).catch((err: unknown) => {
    // Every way in (password, link, reset, OpenID Connect, a confirmation) ends here: one refusal.
    if (err instanceof AccountDeactivated) error(403, messagesFor(locale).errors.accountDeactivated);
    throw err;
  });
  await rememberLanguage(personId, locale);
  setSessionCookie(cookies, url, session.secret, session.expiresAt);
}
