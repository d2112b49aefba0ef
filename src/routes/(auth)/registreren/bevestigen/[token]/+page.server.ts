import { redirect } from '@sveltejs/kit';
import { isSignUpUsable } from '$lib/features/accounts/data.server';
import { confirmSignUp, confirmSignUpFailures } from '$lib/features/accounts/mutations.server';
import { defineAction } from '$lib/server/actions';
import { startSession } from '../../../session.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: the secret in the URL is the credential. Opening the link only shows a button, so a
// mail scanner that follows links does not confirm the address; the POST does, and signs in.
export const load: PageServerLoad = async ({ params }) => ({ usable: await isSignUpUsable(params.token) });

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => event,
    run: ({ event }) => confirmSignUp(event.params.token),
    failures: confirmSignUpFailures,
    done: async (result, { event: { cookies, url, locals } }) => {
      await startSession(cookies, url, result.personId, locals.locale);
      redirect(303, '/werkruimte');
    }
  })
} satisfies Actions;
