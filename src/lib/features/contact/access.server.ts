// Who may write to and read an organisation's contact messages (ADR 020, ADR 053). The public
// form needs no account: its target is the organisation, or a network only while that network is
// public (another one is a 404, as its page is). The inbox is guarded by the contact policy.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { findOrganisationBySlug } from '../organisations/data.server';
import { requireNetwork } from '../networks/access.server';
import { canContact, contactAbilities, type ContactAction } from './policy';
import type { ContactTarget } from './types';

export async function requireContactTarget(event: GuardEvent, organisationSlug: string, networkSlug?: string): Promise<ContactTarget> {
  if (networkSlug !== undefined) {
    const { network } = await requireNetwork(event, organisationSlug, networkSlug, 'view');
    if (!network.isPublic) notFound(event.locals);
    return { organisationId: network.organisationId, organisationName: network.organisationName, networkId: network.id, networkName: network.name, handle: grant('contact-target', network.organisationId) };
  }
  const organisation = await findOrganisationBySlug(organisationSlug);
  if (!organisation) notFound(event.locals);
  return { organisationId: organisation.id, organisationName: organisation.name, networkId: null, networkName: null, handle: grant('contact-target', organisation.id) };
}

/** The organisation's inbox in its workspace: its facilitators read and answer. */
export async function requireContactInbox(event: GuardEvent, organisationSlug: string, action: ContactAction) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canContact(workspace.actor, action, { organisationId: workspace.organisation.id })) forbidden(event.locals);
  return { ...workspace, abilities: contactAbilities(workspace.actor, { organisationId: workspace.organisation.id }) };
}
