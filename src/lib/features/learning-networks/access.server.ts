// Who may work on a network's learning networks (ADR 020): its facilitators manage, coaches follow.
// A cohort (one school year's learning network) is reached only through a handle minted here.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { parseSchoolYear } from '../calendar/rules';
import { findNetworkBySlugs } from '../networks/data.server';
import { canNetwork } from '../networks/policy';
import { requireOrganisation } from '../organisations/access.server';
import { findLearningNetwork, listLearningNetworks } from './data.server';
import { canLearningNetwork, type LearningNetworkAction } from './policy';
import type { FollowedCohort, JobCohort, ManagedCohort, PublicCohort } from './types';

type CohortAction = Extract<LearningNetworkAction, 'manage' | 'view-overview'>;
type CohortFor<A extends CohortAction> = A extends 'manage' ? ManagedCohort : FollowedCohort;

export async function requireLearningNetworkWorkspace(event: GuardEvent, organisationSlug: string, networkSlug: string, action: LearningNetworkAction) {
  const { actor, organisation, organisationId } = await requireOrganisation(event, organisationSlug, 'view-workspace');
  const network = await findNetworkBySlugs(organisationSlug, networkSlug);
  if (!network) notFound(event.locals);
  if (!canLearningNetwork(actor, action, { organisationId: organisation.id })) forbidden(event.locals);
  return { actor, organisation, organisationId, network };
}

/** One school year's learning network of a network, by its label ('2023-2024') in the URL. */
export async function requireCohort<A extends CohortAction>(event: GuardEvent, organisationSlug: string, networkSlug: string, yearLabel: string, action: A) {
  const workspace = await requireLearningNetworkWorkspace(event, organisationSlug, networkSlug, action);
  const year = parseSchoolYear(yearLabel);
  if (!year.ok) notFound(event.locals);
  const cohort = await findLearningNetwork(workspace.network.id, year.startYear);
  if (!cohort) notFound(event.locals);
  const ref = grant(action === 'manage' ? 'managed-cohort' : 'followed-cohort', cohort.id) as CohortFor<A>;
  return { ...workspace, cohort, yearLabel: year.label, ref };
}

/**
 * The cohorts of a network as the public API shows them: none unless anyone may view the network
 * (the policy is asked without an actor, ADR 002).
 */
export async function publicCohortsOf(network: { id: string; organisationId: string; isPublic: boolean }) {
  if (!canNetwork(null, 'view', network)) return [];
  const cohorts = await listLearningNetworks(network.id);
  return cohorts.map((cohort) => ({ ...cohort, ref: grant('public-cohort', cohort.id) as PublicCohort }));
}

/** For jobs, never from a route: a job's payload was recorded by a mutation that held the handle. */
export function cohortForJob(learningNetworkId: string): JobCohort {
  return grant('job-cohort', learningNetworkId);
}
