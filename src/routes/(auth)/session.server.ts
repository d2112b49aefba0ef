// Every way of signing in (password, magic link, password reset) ends alike.
import type { Cookies } from '@sveltejs/kit';
import { createSession } from '$lib/features/people/mutations.server';
import { setSessionCookie } from '$lib/server/session-cookie';

/** A fresh session id at every sign-in: a planted cookie never becomes a signed-in session. */
export async function startSession(cookies: Cookies, url: URL, personId: string): Promise<void> {
  const session = await createSession(personId);
  setSessionCookie(cookies, url, session.secret, session.expiresAt);
}
