import { redirect } from '@sveltejs/kit';
import { consumeMagicLink, isLoginTokenUsable, tokenFailures, tokenSignIn } from '$lib/features/people/mutations.server';
import { defineAction } from '$lib/server/actions';
import { startSession } from '../../../session.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: the secret in the URL is the credential. Opening the link only shows a button, so a
// mail scanner that follows links does not use the token up; the POST signs in.
export const load: PageServerLoad = async ({ params }) => ({ usable: await isLoginTokenUsable(params.token, 'magic-link') });

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => event,
    run: async ({ event }) => tokenSignIn(await consumeMagicLink(event.params.token)),
    failures: tokenFailures,
    done: async (result, { event: { cookies, url, locals } }) => {
      await startSession(cookies, url, result.personId, locals.locale);
      redirect(303, '/werkruimte');
    }
  })
} satisfies Actions;
