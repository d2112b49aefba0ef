// Who may run an organisation's offers, apply for one, and see a trajectory (ADR 020, ADR 039).
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { findSchoolByInstitutionNumber } from '../schools/data.server';
import { parseSchoolKey } from '../schools/rules';
import { findOfferBySlugs, findTrajectoryFacts } from './data.server';
import { canApply, canOffers, canTrajectory } from './policy';
import type { CoachedTrajectory, ManagedOffers, OfferApplicant, PlanEditor, VisibleTrajectory } from './types';

/** The workspace list: facilitators see every offer, coaches the trajectories they coach. */
export async function requireTrajectoryWorkspace(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canOffers(workspace.actor, 'view-own-trajectories', workspace.organisation.id)) forbidden(event.locals);
  const managed = canOffers(workspace.actor, 'manage', workspace.organisation.id)
    ? Object.assign(grant('managed-offers', workspace.organisation.id), { organisationId: workspace.organisationId }) as ManagedOffers
    : null;
  return { ...workspace, managed };
}

/** An organisation's offers, for its facilitators: create, and decide the applications. */
export async function requireManagedOffers(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireTrajectoryWorkspace(event, organisationSlug);
  if (!workspace.managed) forbidden(event.locals);
  return { ...workspace, managed: workspace.managed };
}

/** One offer of the organisation, published or not, for its facilitators. */
export async function requireManagedOffer(event: GuardEvent, organisationSlug: string, offerSlug: string) {
  const workspace = await requireManagedOffers(event, organisationSlug);
  const offer = await findOfferBySlugs(organisationSlug, offerSlug);
  if (!offer) notFound(event.locals);
  return { ...workspace, offer };
}

/** A published offer: public to everyone; a draft does not exist outside its workspace. */
export async function findPublishedOffer(event: GuardEvent, organisationSlug: string, offerSlug: string) {
  const offer = await findOfferBySlugs(organisationSlug, offerSlug);
  if (!offer?.publishedAt) notFound(event.locals);
  return offer;
}

async function findAddressedSchool(event: GuardEvent, param: string) {
  const key = parseSchoolKey(param);
  const school = key ? await findSchoolByInstitutionNumber(key) : null;
  if (!school) notFound(event.locals);
  return school;
}

/** Applying: signed in; the schools the person coordinates are the ones they may apply for. */
export async function requireApplicationStart(event: GuardEvent, organisationSlug: string, offerSlug: string) {
  const actor = requireActor(event);
  const offer = await findPublishedOffer(event, organisationSlug, offerSlug);
  const coordinated = actor.schools.filter((s) => canApply(actor, s.schoolId)).map((s) => brandSchool(s.schoolId));
  return { actor, offer, coordinated };
}

/** Applying for one school: only its coordinators commit it. */
export async function requireOfferApplicant(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const { actor, offer } = await requireApplicationStart(event, organisationSlug, offerSlug);
  const school = await findAddressedSchool(event, schoolParam);
  if (!canApply(actor, school.id)) forbidden(event.locals);
  const schoolId = brandSchool(school.id);
  const applicant = Object.assign(grant('offer-applicant', actor.personId), { offerId: offer.id, schoolId, personId: actor.personId }) as OfferApplicant;
  return { actor, offer, school, schoolId, applicant };
}

/** A school's trajectory in an offer: its workgroup, its coach and the organisation's facilitators. */
export async function requireTrajectory(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const actor = requireActor(event);
  const offer = await findOfferBySlugs(organisationSlug, offerSlug);
  if (!offer) notFound(event.locals);
  const school = await findAddressedSchool(event, schoolParam);
  const facts = await findTrajectoryFacts(offer.id, school.id);
  if (!facts) notFound(event.locals);
  const subject = { organisationId: offer.organisationId, coachId: facts.coachId, workgroup: facts.workgroup };
  if (!canTrajectory(actor, 'view', subject)) forbidden(event.locals);
  const trajectory: VisibleTrajectory = grant('visible-trajectory', facts.id);
  const coached: CoachedTrajectory | null = canTrajectory(actor, 'coach', subject) ? grant('coached-trajectory', facts.id) : null;
  // A closed trajectory is read-only (ADR 049): nobody builds its plan or writes in its logbook any more.
  const closed = facts.phase === 'afgesloten';
  const planner = !closed && canTrajectory(actor, 'plan', subject)
    ? Object.assign(grant('plan-editor', facts.id), { personId: actor.personId, isCoach: coached !== null }) as PlanEditor
    : null;
  return { actor, offer, school, trajectory, coached, planner, closed, facts, organisationId: brandOrganisation(offer.organisationId) };
}

/** Recording the intake and writing in the logbook: the trajectory's own coach only. */
export async function requireCoachedTrajectory(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectory(event, organisationSlug, offerSlug, schoolParam);
  if (!found.coached || found.closed) forbidden(event.locals);
  return { ...found, coached: found.coached };
}

/** Building the action plan: the trajectory's coach and its workgroup, not the facilitators (they follow it). */
export async function requirePlanEditor(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectory(event, organisationSlug, offerSlug, schoolParam);
  if (!found.planner) forbidden(event.locals);
  return { ...found, planner: found.planner };
}
