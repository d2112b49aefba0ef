// A person's own account (ADR 020): the only account anyone may change is their own, reached
// through the handle minted here from the signed-in actor, never from an id in a form or URL.
import { forbidden, requireActor, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { canAccount, type AccountAction } from './policy';
import type { OwnAccount } from './types';

export function requireOwnAccount(event: GuardEvent, action: AccountAction) {
  const actor = requireActor(event);
  if (!canAccount(actor, action)) forbidden(event.locals);
  return { actor, account: grant('own-account', actor.personId) as OwnAccount };
}
