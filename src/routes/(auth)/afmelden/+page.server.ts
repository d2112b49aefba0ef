import { redirect } from '@sveltejs/kit';
import { deleteSession } from '$lib/features/people/mutations.server';
import { clearSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

// Public: signing out is only a POST (a link cannot sign someone out); GET goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    if (locals.sessionSecret) await deleteSession(locals.sessionSecret);
    clearSessionCookie(cookies, url);
    redirect(303, '/');
  }
};
