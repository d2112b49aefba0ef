import { error, redirect } from '@sveltejs/kit';
import { requireOidcProvider } from '$lib/features/accounts/access.server';
import { storeOidcAttempt } from '$lib/features/accounts/mutations.server';
import { startOidcSignIn } from '$lib/server/auth/oidc';
import { messagesFor } from '$lib/i18n/messages';
import { safeReturnPath } from '$lib/server/return-path';
import { setOidcAttemptCookie } from '$lib/server/session-cookie';
import type { PageServerLoad } from './$types';

// Public: leaves for the provider (a link, not a form: the CSP's form-action would stop a form
// posted here from being redirected to another site). The state, nonce and PKCE verifier stay on
// the server; the browser gets only the attempt's random id, in an HttpOnly SameSite=Lax cookie.
export const load: PageServerLoad = async (event) => {
  const provider = requireOidcProvider(event);
  const start = await startOidcSignIn(provider);
  if (!start.ok) error(503, messagesFor(event.locals.locale).errors.oidcUnavailable);
  const returnTo = safeReturnPath(event.url.searchParams.get('terug'), '/werkruimte');
  const attempt = await storeOidcAttempt(provider, start.checks, returnTo);
  setOidcAttemptCookie(event.cookies, event.url, attempt.id, attempt.maxAgeSeconds);
  redirect(303, start.url.href);
};
