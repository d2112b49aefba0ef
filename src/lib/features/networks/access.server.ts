// Who may see or change a network (ADR 020). Changing one needs the `ManagedNetwork` minted here.
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { findNetworkBySlugs } from './data.server';
import { canNetwork, type NetworkAction } from './policy';
import type { ManagedNetwork, VisibleNetwork } from './types';

type NetworkFor<A extends NetworkAction> = A extends 'view' ? VisibleNetwork : ManagedNetwork;

/**
 * A network the actor may not view answers 404, not 403: a non-public network's existence is
 * itself private. Changing a network needs a signed-in facilitator of its organisation.
 */
export async function requireNetwork<A extends Exclude<NetworkAction, 'create'>>(event: GuardEvent, organisationSlug: string, networkSlug: string, action: A) {
  const network = await findNetworkBySlugs(organisationSlug, networkSlug);
  if (!network || !canNetwork(event.locals.actor, 'view', network)) {
    if (!network?.isPublic && action !== 'view' && !event.locals.actor) requireActor(event);
    notFound(event.locals);
  }
  if (action !== 'view') {
    const actor = requireActor(event);
    if (!canNetwork(actor, action, network)) forbidden(event.locals);
  }
  const ref = grant(action === 'view' ? 'visible-network' : 'managed-network', network.id) as NetworkFor<A>;
  return { network, organisationId: brandOrganisation(network.organisationId), ref };
}

/** The workspace's list of networks, where a facilitator may start a new one. */
export async function requireNetworkCreation(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canNetwork(workspace.actor, 'create', { organisationId: workspace.organisation.id })) forbidden(event.locals);
  return workspace;
}
