// Who may work on a network's learning networks (ADR 020): its facilitators manage, coaches follow.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { parseSchoolYear } from '../calendar/rules';
import { findNetworkBySlugs } from '../networks/data.server';
import { requireOrganisation } from '../organisations/access.server';
import { findLearningNetwork } from './data.server';
import { canLearningNetwork, type LearningNetworkAction } from './policy';

export async function requireLearningNetworkWorkspace(event: GuardEvent, organisationSlug: string, networkSlug: string, action: LearningNetworkAction) {
  const { actor, organisation, organisationId } = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const network = await findNetworkBySlugs(organisationSlug, networkSlug);
  if (!network) notFound(event.locals);
  if (!canLearningNetwork(actor, action, { organisationId: organisation.id })) forbidden(event.locals);
  return { actor, organisation, organisationId, network };
}

/** One school year's learning network of a network, by its label ('2023-2024') in the URL. */
export async function requireCohort(event: GuardEvent, organisationSlug: string, networkSlug: string, yearLabel: string, action: LearningNetworkAction) {
  const workspace = await requireLearningNetworkWorkspace(event, organisationSlug, networkSlug, action);
  const year = parseSchoolYear(yearLabel);
  if (!year.ok) notFound(event.locals);
  const cohort = await findLearningNetwork(workspace.network.id, year.startYear);
  if (!cohort) notFound(event.locals);
  return { ...workspace, cohort, yearLabel: year.label };
}
