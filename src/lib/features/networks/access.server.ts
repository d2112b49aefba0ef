// Who may see or change a network (ADR 020).
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation } from '$lib/server/tenancy';
import { findNetworkBySlugs } from './data.server';
import { canNetwork, type NetworkAction } from './policy';

/**
 * A network the actor may not view answers 404, not 403: a non-public network's existence is
 * itself private. Changing a network needs a signed-in facilitator of its organisation.
 */
export async function requireNetwork(event: GuardEvent, organisationSlug: string, networkSlug: string, action: NetworkAction) {
  const network = await findNetworkBySlugs(organisationSlug, networkSlug);
  if (!network || !canNetwork(event.locals.actor, 'view', network)) {
    if (!network?.isPublic && action !== 'view' && !event.locals.actor) requireActor(event);
    notFound(event.locals);
  }
  if (action !== 'view') {
    const actor = requireActor(event);
    if (!canNetwork(actor, action, network)) forbidden(event.locals);
  }
  return { network, organisationId: brandOrganisation(network.organisationId) };
}
