// Who may shape provincial networks (ADR 020, ADR 052): the organisation's facilitators put a
// network under an umbrella, keep its contact people and moderators, and give a study day's
// sessions to networks. A network's moderator is refused here (403): she edits examples only.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireManagedActivity } from '../activities/access.server';
import { requireNetwork } from '../networks/access.server';
import { requireOrganisation } from '../organisations/access.server';
import { canProvincial, provincialAbilities, type ProvincialAction } from './policy';
import type { ManagedStudyDay } from './types';

/** A network's structure page in the workspace: its facilitators and coaches look, facilitators change. */
export async function requireNetworkStructure(event: GuardEvent, organisationSlug: string, networkSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const network = await requireNetwork(event, organisationSlug, networkSlug, 'view');
  return { ...network, actor: workspace.actor, abilities: provincialAbilities(workspace.actor, { organisationId: workspace.organisation.id }) };
}

/** A change to a network's umbrella, contacts or moderators: its organisation's facilitators. */
export async function requireNetworkStructureChange(event: GuardEvent, organisationSlug: string, networkSlug: string, action: Exclude<ProvincialAction, 'assign-presentations'>) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const network = await requireNetwork(event, organisationSlug, networkSlug, 'edit');
  if (!canProvincial(workspace.actor, action, { organisationId: workspace.organisation.id })) forbidden(event.locals);
  return { ...network, actor: workspace.actor };
}

/** A study day's presentations: only an activity of kind study day has them (404 otherwise). */
export async function requireStudyDay(event: GuardEvent, organisationSlug: string, activitySlug: string) {
  const managed = await requireManagedActivity(event, organisationSlug, activitySlug);
  if (managed.activity.kind !== 'studiedag') notFound(event.locals);
  if (!canProvincial(managed.actor, 'assign-presentations', { organisationId: managed.organisation.id })) forbidden(event.locals);
  return { ...managed, studyDay: grant('managed-study-day', managed.activity.id) as ManagedStudyDay };
}
