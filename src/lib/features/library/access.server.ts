// Who may see or change a practice example (ADR 020). Changing one needs the `ManagedExample`
// minted here; a draft answers 404 to everyone outside its organisation. A moderator of one of the
// organisation's networks (ADR 052) reaches that network's examples only: another network's is a 404.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { canOrganisation } from '../organisations/policy';
import { moderatedNetworksIn } from '../people/types';
import { findExample } from './data.server';
import { canLibrary, type LibraryAction } from './policy';
import type { ManagedExample } from './types';

/**
 * The organisation's library in its workspace: facilitators and coaches read, facilitators write.
 * `networkScope` is null for them, and the moderated networks' ids for a network's moderator.
 */
export async function requireLibraryWorkspace(event: GuardEvent, organisationSlug: string, action: LibraryAction) {
  const workspace = await requireOrganisation(event, organisationSlug, 'enter-workspace');
  const organisationId = workspace.organisation.id;
  if (!canLibrary(workspace.actor, action, { organisationId })) forbidden(event.locals);
  return { ...workspace, networkScope: scopeOf(workspace.actor, organisationId) };
}

function scopeOf(actor: Parameters<typeof canOrganisation>[0], organisationId: string): string[] | null {
  return canOrganisation(actor, 'view-workspace', organisationId) ? null : moderatedNetworksIn(actor, organisationId);
}

/** One example in the workspace, any status; `write`/`publish` also mint the handle to change it. */
export async function requireManagedExample(event: GuardEvent, organisationSlug: string, slug: string, action: LibraryAction) {
  const workspace = await requireOrganisation(event, organisationSlug, 'enter-workspace');
  const organisationId = workspace.organisation.id;
  const networkScope = scopeOf(workspace.actor, organisationId);
  // The organisation's own people are refused before the lookup, as before; a moderator after it.
  if (networkScope === null && !canLibrary(workspace.actor, action, { organisationId })) forbidden(event.locals);
  const example = await findExample(organisationSlug, slug);
  if (!example || example.organisationId !== organisationId) notFound(event.locals);
  const subject = { organisationId, networkId: example.networkId };
  if (!canLibrary(workspace.actor, 'view-workspace', subject)) notFound(event.locals);
  if (!canLibrary(workspace.actor, action, subject)) forbidden(event.locals);
  return { ...workspace, networkScope, example, ref: grant('managed-example', example.id) as ManagedExample };
}

/** The public page of an example: published ones for everyone; an unpublished one is a 404 for all. */
export async function requirePublishedExample(event: GuardEvent, organisationSlug: string, slug: string) {
  const example = await findExample(organisationSlug, slug);
  if (!example || example.status !== 'published') notFound(event.locals);
  return { example };
}
