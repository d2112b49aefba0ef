import { redirect } from '@sveltejs/kit';
import { loginFailures, loginMailFailures, loginWithPassword, requestMagicLink } from '$lib/features/people/mutations.server';
import { magicLinkRequestSchema, passwordLoginSchema } from '$lib/features/people/schema';
import { configuredOidcProviders } from '$lib/server/auth/oidc';
import { defineAction } from '$lib/server/actions';
import { safeReturnPath } from '$lib/server/return-path';
import { startSession } from '../session.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: anyone may try to sign in; the rate limit in the mutation guards against guessing.
export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.actor) redirect(303, safeReturnPath(url.searchParams.get('terug'), '/werkruimte'));
  // Only configured providers get a button (ADR 026).
  return { returnTo: safeReturnPath(url.searchParams.get('terug'), '/werkruimte'), providers: configuredOidcProviders() };
};

const anyone = (event: RequestEvent) => event;

export const actions = {
  password: defineAction({
    form: 'password',
    access: anyone,
    schema: passwordLoginSchema,
    run: ({ event, input }) => loginWithPassword(input.email, input.password, event.getClientAddress()),
    failures: loginFailures,
    done: async (result, { event: { cookies, url, locals }, data }) => {
      await startSession(cookies, url, result.personId, locals.locale);
      redirect(303, safeReturnPath(data.get('terug'), '/werkruimte'));
    }
  }),
  link: defineAction({
    form: 'link',
    access: anyone,
    schema: magicLinkRequestSchema,
    run: ({ event, input }) => requestMagicLink(input.email, event.getClientAddress()),
    failures: loginMailFailures,
    done: () => ({ linkSent: true })
  })
} satisfies Actions;
