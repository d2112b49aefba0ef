import { redirect } from '@sveltejs/kit';
import { isSignUpUsable } from '$lib/features/accounts/data.server';
import { confirmSignUp, confirmSignUpFailures } from '$lib/features/accounts/mutations.server';
import { confirmSignUpSchema } from '$lib/features/accounts/schema';
import { defineAction } from '$lib/server/actions';
import { startSession } from '../../../session.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: the secret in the URL is the credential. Opening the link only shows a button, so a
// mail scanner that follows links does not confirm the address; the POST does, and signs in. The
// password (or none) is chosen here, by whoever holds the link: the owner of the address (ADR 026).
export const load: PageServerLoad = async ({ params }) => ({ usable: await isSignUpUsable(params.token) });

export const actions = {
  default: defineAction({
    form: 'confirm',
    access: (event: RequestEvent) => event,
    schema: confirmSignUpSchema,
    run: ({ event, input }) => confirmSignUp(event.params.token, input),
    failures: confirmSignUpFailures,
    done: async (result, { event: { cookies, url, locals } }) => {
      await startSession(cookies, url, result.personId, locals.locale);
      redirect(303, '/werkruimte');
    }
  })
} satisfies Actions;
