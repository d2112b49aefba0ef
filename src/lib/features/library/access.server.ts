// Who may see or change a practice example (ADR 020). Changing one needs the `ManagedExample`
// minted here; a draft answers 404 to everyone outside its organisation.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { findExample } from './data.server';
import { canLibrary, type LibraryAction } from './policy';
import type { ManagedExample } from './types';

/** The organisation's library in its workspace: facilitators and coaches read, facilitators write. */
export async function requireLibraryWorkspace(event: GuardEvent, organisationSlug: string, action: LibraryAction) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canLibrary(workspace.actor, action, { organisationId: workspace.organisation.id })) forbidden(event.locals);
  return workspace;
}

/** One example in the workspace, any status; `write`/`publish` also mint the handle to change it. */
export async function requireManagedExample(event: GuardEvent, organisationSlug: string, slug: string, action: LibraryAction) {
  const workspace = await requireLibraryWorkspace(event, organisationSlug, action);
  const example = await findExample(organisationSlug, slug);
  if (!example || example.organisationId !== workspace.organisation.id) notFound(event.locals);
  return { ...workspace, example, ref: grant('managed-example', example.id) as ManagedExample };
}

/** The public page of an example: published ones for everyone; an unpublished one is a 404 for all. */
export async function requirePublishedExample(event: GuardEvent, organisationSlug: string, slug: string) {
  const example = await findExample(organisationSlug, slug);
  if (!example || example.status !== 'published') notFound(event.locals);
  return { example };
}
