// What every access module needs: the signed-in actor (or a redirect to sign in) and the
// refusals in the visitor's language. The guards per resource live with their feature, in
// `src/lib/features/<domain>/access.server.ts` (ADR 020).
import { error, redirect } from '@sveltejs/kit';
import type { Actor } from '$lib/features/people/types';
import { messagesFor } from '$lib/i18n/messages';

export type GuardEvent = { locals: App.Locals; url: URL; request?: Request };

export function forbidden(locals: App.Locals): never {
  error(403, messagesFor(locals.locale).errors.forbidden);
}

export function notFound(locals: App.Locals): never {
  error(404, messagesFor(locals.locale).errors.notFound);
}

/** Signed-in actor, or a redirect to the sign-in page that comes back here afterwards. */
export function requireActor(event: GuardEvent): Actor {
  if (!event.locals.actor) redirect(303, `/aanmelden?terug=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  return event.locals.actor;
}

/**
 * Looks a resource up once per request: a layout and its page both guard the same one. Only on
 * GET when asked: after an action the loads run in the same request and must see what it changed.
 */
export function oncePerRequest<T>(cache: WeakMap<App.Locals, Map<string, Promise<T>>>, event: GuardEvent, key: string, find: () => Promise<T>, getOnly = false): Promise<T> {
  if (getOnly && event.request?.method !== 'GET') return find();
  let seen = cache.get(event.locals);
  if (!seen) cache.set(event.locals, (seen = new Map()));
  let found = seen.get(key);
  if (!found) seen.set(key, (found = find()));
  return found;
}
