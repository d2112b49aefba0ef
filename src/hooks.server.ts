import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { findActorBySession } from '$lib/features/people/data.server';
import { isLocale, localeCookie, messagesFor } from '$lib/i18n/messages';
import { boot } from '$lib/server/boot';
import { readEnv } from '$lib/server/env';
import { describeError } from '$lib/server/error-log';
import { refuseUnreadableForm } from '$lib/server/form-body';
import { sessionCookie } from '$lib/server/session-cookie';
import { crossSiteFormRefusal, frameworkErrorMessage, transportHeaders } from '$lib/server/transport';

export const init: ServerInit = async () => {
  await boot();
};

// Pages get their CSP (with script hashes) from svelte.config.js; every other response gets this.
const fallbackCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

function withSecurityHeaders(response: Response): Response {
  if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', fallbackCsp);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('x-frame-options', 'DENY');
  return transportHeaders(response, readEnv().ORIGIN);
}

export const handle: Handle = async ({ event, resolve }) => {
  const crossSite = crossSiteFormRefusal(event);
  if (crossSite) return withSecurityHeaders(crossSite);
  // No page runs client JavaScript (ADR 011), so nothing needs a load's data as `__data.json`;
  // serving it would hand out whatever a load returns, also what its page never shows (ADR 014).
  if (event.isDataRequest) {
    return withSecurityHeaders(new Response(messagesFor('nl').errors.notFound, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
  }
  await boot();
  const cookieLocale = event.cookies.get(localeCookie);
  event.locals.locale = isLocale(cookieLocale) ? cookieLocale : 'nl';
  const unreadable = await refuseUnreadableForm(event, event.locals.locale);
  if (unreadable) return withSecurityHeaders(unreadable);
  const secret = event.cookies.get(sessionCookie) ?? null;
  event.locals.sessionSecret = secret;
  event.locals.actor = secret ? await findActorBySession(secret) : null;

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
  });
  withSecurityHeaders(response);
  if (event.locals.actor) response.headers.set('cache-control', 'private, no-store');
  return response;
};

export const handleError: HandleServerError = ({ error, status, event }) => {
  // Never the error object: its message and fields can hold a whole upload (issue 12).
  if (status !== 404) console.error(describeError(error));
  return { message: frameworkErrorMessage(status, event.locals.locale ?? 'nl') };
};
