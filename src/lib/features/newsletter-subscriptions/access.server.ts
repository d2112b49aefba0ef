// Who may subscribe, manage a subscription and read an organisation's subscribers (ADR 020, ADR
// 057). The public form needs no account: its target is the organisation. A subscription's pages
// open with its mailed token, which is the credential (an unknown token is a 404). The list of
// subscribers is guarded by the policy: the organisation's facilitators only.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation, grant, type AuthorizedOrgId } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { findOrganisationBySlug } from '../organisations/data.server';
import { requireNetwork } from '../networks/access.server';
import { findSubscriptionByToken } from './data.server';
import { canSubscriptions, subscriptionAbilities, type SubscriptionAction } from './policy';
import type { SubscriptionTarget, TokenSubscription } from './types';

/**
 * The organisation whose newsletter the form subscribes to: from its page, or from the page of one
 * of its networks while that network is public (another one is a 404, as its page is).
 */
export async function requireSubscriptionTarget(event: GuardEvent, organisationSlug: string, networkSlug?: string): Promise<SubscriptionTarget> {
  if (networkSlug !== undefined) {
    const { network } = await requireNetwork(event, organisationSlug, networkSlug, 'view');
    if (!network.isPublic) notFound(event.locals);
    return { organisationId: network.organisationId, organisationName: network.organisationName, handle: grant('subscription-target', network.organisationId) };
  }
  const organisation = await findOrganisationBySlug(organisationSlug);
  if (!organisation) notFound(event.locals);
  return { organisationId: organisation.id, organisationName: organisation.name, handle: grant('subscription-target', organisation.id) };
}

/** The subscription whose unsubscribe token is in the address; anyone holding the link may manage it. */
export async function requireTokenSubscription(event: GuardEvent, token: string): Promise<TokenSubscription> {
  const subscription = token.length <= 100 ? await findSubscriptionByToken(token) : null;
  if (!subscription) notFound(event.locals);
  return { ...subscription, handle: grant('token-subscription', subscription.id) };
}

/** The organisation's subscribers in its workspace: its facilitators see and remove them. */
export async function requireSubscribers(event: GuardEvent, organisationSlug: string, action: SubscriptionAction) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canSubscriptions(workspace.actor, action, { organisationId: workspace.organisation.id })) forbidden(event.locals);
  return { ...workspace, abilities: subscriptionAbilities(workspace.actor, { organisationId: workspace.organisation.id }) };
}

/**
 * For the sending engine's jobs, never from a route: a campaign's organisation was authorised
 * when the facilitator made the campaign, and its job reads that organisation's confirmed subscribers.
 */
export function subscriberOrganisationForJob(organisationId: string): AuthorizedOrgId {
  return brandOrganisation(organisationId);
}
