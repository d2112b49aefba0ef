// Who may read the outbox (ADR 020): it holds every person's sign-in links.
import { forbidden, requireActor, type GuardEvent } from '$lib/server/guards';
import { canMail } from './policy';

export function requireOutbox(event: GuardEvent) {
  const actor = requireActor(event);
  if (!canMail(actor, 'read-outbox')) forbidden(event.locals);
  return { actor };
}
