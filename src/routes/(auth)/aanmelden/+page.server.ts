import { redirect } from '@sveltejs/kit';
import { createSession, loginWithPassword, rememberLanguage, requestMagicLink } from '$lib/features/people/mutations.server';
import { magicLinkRequestSchema, passwordLoginSchema } from '$lib/features/people/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { safeReturnPath } from '$lib/server/return-path';
import { setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

// Public: anyone may try to sign in; the rate limit in the mutation guards against guessing.
export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.actor) redirect(303, safeReturnPath(url.searchParams.get('terug'), '/werkruimte'));
  return { returnTo: safeReturnPath(url.searchParams.get('terug'), '/werkruimte') };
};

export const actions: Actions = {
  password: async ({ request, cookies, url, getClientAddress, locals }) => {
    const data = await request.formData();
    const parsed = parseForm(passwordLoginSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'password');
    const result = await loginWithPassword(parsed.data.email, parsed.data.password, getClientAddress());
    if (!result.ok) {
      return result.reason === 'rate-limited'
        ? fieldFail(429, 'form', 'passwordRateLimited', data, 'password')
        : fieldFail(400, 'form', 'loginFailed', data, 'password');
    }
    // A fresh session id at every sign-in: a planted cookie never becomes a signed-in session.
    const session = await createSession(result.personId);
    await rememberLanguage(result.personId, locals.locale);
    setSessionCookie(cookies, url, session.secret, session.expiresAt);
    redirect(303, safeReturnPath(data.get('terug'), '/werkruimte'));
  },
  link: async ({ request, getClientAddress }) => {
    const data = await request.formData();
    const parsed = parseForm(magicLinkRequestSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'link');
    const result = await requestMagicLink(parsed.data.email, getClientAddress());
    if (!result.ok) return fieldFail(429, 'form', 'rateLimited', data, 'link');
    return { linkSent: true };
  }
};
