import { redirect } from '@sveltejs/kit';
import { createSession, isLoginTokenUsable, rememberLanguage, resetPasswordWithToken } from '$lib/features/people/mutations.server';
import { passwordResetSchema } from '$lib/features/people/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

// Public: the reset secret in the URL is the credential; it works once and expires after 1 hour.
export const load: PageServerLoad = async ({ params }) => ({ usable: await isLoginTokenUsable(params.token, 'password-reset') });

export const actions: Actions = {
  default: async ({ request, params, cookies, url, locals }) => {
    const data = await request.formData();
    const parsed = parseForm(passwordResetSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure);
    const personId = await resetPasswordWithToken(params.token, parsed.data.password);
    if (!personId) return fieldFail(400, 'form', 'tokenInvalid', data);
    const session = await createSession(personId);
    await rememberLanguage(personId, locals.locale);
    setSessionCookie(cookies, url, session.secret, session.expiresAt);
    redirect(303, '/werkruimte');
  }
};
