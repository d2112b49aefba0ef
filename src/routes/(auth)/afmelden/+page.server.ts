import { redirect } from '@sveltejs/kit';
import { deleteSession } from '$lib/features/people/mutations.server';
import { defineAction } from '$lib/server/actions';
import { clearSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: signing out is only a POST (a link cannot sign someone out); GET goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => event,
    run: async ({ event: { locals } }) => {
      if (locals.sessionSecret) await deleteSession(locals.sessionSecret);
    },
    done: (_result, { event: { cookies, url } }) => {
      clearSessionCookie(cookies, url);
      redirect(303, '/');
    }
  })
} satisfies Actions;
