import { requireSignedOut } from '$lib/features/accounts/access.server';
import { requestSignUp, signUpFailures } from '$lib/features/accounts/mutations.server';
import { signUpSchema } from '$lib/features/accounts/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public, for visitors: the answer after posting is the same whether or not the address has an
// account (ADR 026); the mutation limits it per address and per client.
export const load: PageServerLoad = (event) => {
  requireSignedOut(event);
  return {};
};

export const actions = {
  default: defineAction({
    form: 'signUp',
    access: (event: RequestEvent) => requireSignedOut(event),
    schema: signUpSchema,
    run: ({ event, input }) => requestSignUp(input, event.getClientAddress(), event.locals.locale),
    failures: signUpFailures,
    done: (_result, { input }) => ({ sentTo: input.email })
  })
} satisfies Actions;
