import { hasOrganisationRole, type Actor } from '../people/types';

export type SubscriptionAction = 'view-subscribers' | 'remove-subscriber';

/**
 * Anyone may subscribe to an organisation's newsletter from its public page (no account), and the
 * holder of a subscription's mailed token manages that one subscription. The list of subscribers
 * is the organisation's private data: only its facilitators see it and remove someone from it
 * (they send the newsletter); not a coach, not another organisation, not the platform admin.
 */
export function canSubscriptions(actor: Actor | null, action: SubscriptionAction, subject: { organisationId: string }): boolean {
  if (!actor) return false;
  switch (action) {
    case 'view-subscribers':
    case 'remove-subscriber':
      return hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  }
}

export interface SubscriptionAbilities { viewSubscribers: boolean; removeSubscriber: boolean }

export function subscriptionAbilities(actor: Actor | null, subject: { organisationId: string }): SubscriptionAbilities {
  return { viewSubscribers: canSubscriptions(actor, 'view-subscribers', subject), removeSubscriber: canSubscriptions(actor, 'remove-subscriber', subject) };
}
