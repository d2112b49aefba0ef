import { error, redirect } from '@sveltejs/kit';
import { requireOidcProvider } from '$lib/features/accounts/access.server';
import { signInWithIdentity, takeOidcAttempt } from '$lib/features/accounts/mutations.server';
import { finishOidcSignIn } from '$lib/server/auth/oidc';
import { messagesFor } from '$lib/i18n/messages';
import { clearOidcAttemptCookie, oidcAttemptCookie } from '$lib/server/session-cookie';
import { startSession } from '../../../../session.server';
import type { PageServerLoad } from './$types';

const refusalKeys = { cancelled: 'oidcCancelled', refused: 'oidcRefused', unavailable: 'oidcUnavailable' } as const;

// Public: the provider sends the browser back here. Only the browser that started the attempt
// (its cookie) with the attempt's own state and nonce signs in; anything else is a Dutch 400.
export const load: PageServerLoad = async (event) => {
  const provider = requireOidcProvider(event);
  const errors = messagesFor(event.locals.locale).errors;
  const attemptId = event.cookies.get(oidcAttemptCookie);
  clearOidcAttemptCookie(event.cookies, event.url);
  const attempt = attemptId ? await takeOidcAttempt(attemptId, provider) : null;
  if (!attempt) error(400, errors.oidcAttemptUnknown);
  const finished = await finishOidcSignIn(provider, event.url.searchParams, attempt);
  if (!finished.ok) error(finished.reason === 'unavailable' ? 503 : 400, errors[refusalKeys[finished.reason]]);
  const signedIn = await signInWithIdentity(finished.identity);
  if (!signedIn.ok) error(400, errors.oidcEmailUnverified);
  await startSession(event.cookies, event.url, signedIn.personId, event.locals.locale);
  redirect(303, attempt.returnTo);
};
