// Who may enter an organisation's workspace (ADR 020): the policy decides, this mints the tenant id.
import { forbidden, notFound, oncePerRequest, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation } from '$lib/server/tenancy';
import { findOrganisationBySlug } from './data.server';
import { canOrganisation, type OrganisationAction } from './policy';

const seen = new WeakMap<App.Locals, Map<string, ReturnType<typeof findOrganisationBySlug>>>();

export async function requireOrganisation(event: GuardEvent, slug: string, action: OrganisationAction) {
  const actor = requireActor(event);
  const organisation = await oncePerRequest(seen, event, slug, () => findOrganisationBySlug(slug));
  if (!organisation) notFound(event.locals);
  if (!canOrganisation(actor, action, organisation.id)) forbidden(event.locals);
  return { actor, organisation, organisationId: brandOrganisation(organisation.id) };
}

/** The platform's administration (create organisations, hand out roles): platform admins only. */
export function requirePlatformAdmin(event: GuardEvent, action: Extract<OrganisationAction, 'create' | 'manage-roles'>) {
  const actor = requireActor(event);
  if (!canOrganisation(actor, action)) forbidden(event.locals);
  return { actor };
}
