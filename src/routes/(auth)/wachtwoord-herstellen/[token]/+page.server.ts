import { redirect } from '@sveltejs/kit';
import { isLoginTokenUsable, resetPasswordWithToken, tokenFailures, tokenSignIn } from '$lib/features/people/mutations.server';
import { passwordResetSchema } from '$lib/features/people/schema';
import { defineAction } from '$lib/server/actions';
import { startSession } from '../../session.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: the reset secret in the URL is the credential; it works once and expires after 1 hour.
export const load: PageServerLoad = async ({ params }) => ({ usable: await isLoginTokenUsable(params.token, 'password-reset') });

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => event,
    schema: passwordResetSchema,
    run: async ({ event, input }) => tokenSignIn(await resetPasswordWithToken(event.params.token, input.password)),
    failures: tokenFailures,
    done: async (result, { event: { cookies, url, locals } }) => {
      await startSession(cookies, url, result.personId, locals.locale);
      redirect(303, '/werkruimte');
    }
  })
} satisfies Actions;
