import type { RequestEvent } from '@sveltejs/kit';
import { isLocale, localeCookie, messagesFor, type Locale } from '$lib/i18n/messages';

// The content types a plain HTML form can send without a CORS preflight, as SvelteKit's own check
// (plus Kit's binary form type), so switching its check off for ours keeps the same protection.
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/x-sveltekit-formdata'];
const unsafeMethods = ['POST', 'PUT', 'PATCH', 'DELETE'];
/**
 * The one exception: RFC 8058's one-click unsubscribe is posted by mail providers' servers, with
 * no cookies and no Origin of ours (ADR 057). Only a POST to this exact path passes; what it can
 * do is unsubscribe the address whose unguessable token is in the path, nothing else.
 */
const oneClickUnsubscribe = /^\/afmelden\/nieuwsbrief\/[A-Za-z0-9_-]{1,100}$/;

/**
 * SvelteKit's origin check answers in English before any hook runs, so it is off
 * (`csrf.trustedOrigins: ['*']` in svelte.config.js) and this does the same check with an answer
 * in the visitor's language: a form-type POST/PUT/PATCH/DELETE whose Origin is not ours is refused.
 */
export function crossSiteFormRefusal(event: Pick<RequestEvent, 'request' | 'url' | 'cookies'>): Response | null {
  const { request, url } = event;
  const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!unsafeMethods.includes(request.method) || !formTypes.includes(type)) return null;
  if (request.method === 'POST' && oneClickUnsubscribe.test(url.pathname)) return null;
  if (request.headers.get('origin') === url.origin) return null;
  const cookieLocale = event.cookies.get(localeCookie);
  const message = messagesFor(isLocale(cookieLocale) ? cookieLocale : 'nl').errors.crossSiteForm;
  if (request.headers.get('accept') === 'application/json') {
    return new Response(JSON.stringify({ message }), { status: 403, headers: { 'content-type': 'application/json' } });
  }
  return new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * HSTS only when the public origin is https (on plain http browsers ignore it, and a local run must
 * stay reachable); a year, the usual minimum for preload lists. SvelteKit sends pages as bare
 * `text/html`, which leaves the browser to guess the encoding: say utf-8.
 */
export function transportHeaders(response: Response, origin: string): Response {
  if (origin.startsWith('https:')) response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  const type = response.headers.get('content-type');
  if (type?.split(';', 1)[0]?.trim().toLowerCase() === 'text/html' && !/charset=/i.test(type)) {
    response.headers.set('content-type', 'text/html; charset=utf-8');
  }
  return response;
}

/**
 * adapter-node enforces BODY_SIZE_LIMIT while the body is read, so the 413 reaches handleError with
 * an English text of Kit's; the visitor gets this instead (the error page and JSON endpoints alike).
 */
export function frameworkErrorMessage(status: number, locale: Locale): string {
  const errors = messagesFor(locale).errors;
  return status === 413 ? errors.bodyTooLarge : errors.generic;
}
