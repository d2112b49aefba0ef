// Guards of the account routes (ADR 020): sign-up is for visitors, and an external sign-in only
// exists for a provider this server is configured for.
import { redirect } from '@sveltejs/kit';
import { configuredOidcProviders, type OidcProvider } from '$lib/server/auth/oidc';
import { notFound, type GuardEvent } from '$lib/server/guards';
import { canAccounts } from './policy';

/** Someone signed in already has an account: on to their workspace. */
export function requireSignedOut(event: GuardEvent): void {
  if (!canAccounts(event.locals.actor, 'sign-up')) redirect(303, '/werkruimte');
}

/** The provider in the address, when it is configured; otherwise the route does not exist. */
export function requireOidcProvider(event: GuardEvent & { params: { provider: string } }): OidcProvider {
  const provider = configuredOidcProviders().find((p) => p === event.params.provider);
  if (!provider || !canAccounts(event.locals.actor, 'sign-in-external')) notFound(event.locals);
  return provider;
}
