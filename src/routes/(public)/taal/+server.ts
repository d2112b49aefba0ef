import { redirect } from '@sveltejs/kit';
import { rememberLanguage } from '$lib/features/people/mutations.server';
import { isLocale, localeCookie } from '$lib/i18n/messages';
import { safeReturnPath } from '$lib/server/return-path';
import type { RequestHandler } from './$types';

// Public: stores the chosen language in a cookie and returns to the page the person was on. A
// signed-in person's choice is also remembered on them, for the mails they get (ADR 024).
export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
  const data = await request.formData();
  const lang = data.get('lang');
  if (isLocale(lang)) {
    cookies.set(localeCookie, lang, { path: '/', httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 31_536_000 });
    if (locals.actor) await rememberLanguage(locals.actor.personId, lang);
  }
  redirect(303, safeReturnPath(data.get('terug')));
};
