import { loginMailFailures, requestPasswordReset } from '$lib/features/people/mutations.server';
import { magicLinkRequestSchema } from '$lib/features/people/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, RequestEvent } from './$types';

// Public: answers the same whether or not the address has an account; rate-limited.
export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => event,
    schema: magicLinkRequestSchema,
    run: ({ event, input }) => requestPasswordReset(input.email, event.getClientAddress()),
    failures: loginMailFailures,
    done: () => ({ sent: true })
  })
} satisfies Actions;
