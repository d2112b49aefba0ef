import { fail, redirect } from '@sveltejs/kit';
import { consumeMagicLink, createSession, isLoginTokenUsable, rememberLanguage } from '$lib/features/people/mutations.server';
import { setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

// Public: the secret in the URL is the credential. Opening the link only shows a button, so a
// mail scanner that follows links does not use the token up; the POST signs in.
export const load: PageServerLoad = async ({ params }) => ({ usable: await isLoginTokenUsable(params.token, 'magic-link') });

export const actions: Actions = {
  default: async ({ params, cookies, url, locals }) => {
    const personId = await consumeMagicLink(params.token);
    if (!personId) return fail(400, { tokenInvalid: true });
    const session = await createSession(personId);
    await rememberLanguage(personId, locals.locale);
    setSessionCookie(cookies, url, session.secret, session.expiresAt);
    redirect(303, '/werkruimte');
  }
};
