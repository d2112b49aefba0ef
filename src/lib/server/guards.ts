// Route guards: each takes the actor, asks the domain's policy and either returns what the route
// may use (with a branded tenant id) or stops the request. Routes never decide rights themselves.
import { error, redirect } from '@sveltejs/kit';
import { canOrganisation, type OrganisationAction } from '$lib/features/organisations/policy';
import { findOrganisationBySlug } from '$lib/features/organisations/data.server';
import { canNetwork, type NetworkAction } from '$lib/features/networks/policy';
import { findNetworkBySlugs } from '$lib/features/networks/data.server';
import { canSchool, type SchoolAction } from '$lib/features/schools/policy';
import { findSchoolByInstitutionNumber } from '$lib/features/schools/data.server';
import type { Actor } from '$lib/features/people/types';
import { messagesFor } from '$lib/i18n/messages';
import { brandOrganisation, brandSchool } from './tenancy';

type GuardEvent = { locals: App.Locals; url: URL };

function forbidden(locals: App.Locals): never {
  error(403, messagesFor(locals.locale).errors.forbidden);
}

function notFound(locals: App.Locals): never {
  error(404, messagesFor(locals.locale).errors.notFound);
}

/** Signed-in actor, or a redirect to the sign-in page that comes back here afterwards. */
export function requireActor(event: GuardEvent): Actor {
  if (!event.locals.actor) redirect(303, `/aanmelden?terug=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  return event.locals.actor;
}

export function requireAllowed(event: GuardEvent, allowed: boolean): void {
  if (!allowed) forbidden(event.locals);
}

export async function requireOrganisation(event: GuardEvent, slug: string, action: OrganisationAction) {
  const actor = requireActor(event);
  const organisation = await findOrganisationBySlug(slug);
  if (!organisation) notFound(event.locals);
  if (!canOrganisation(actor, action, organisation.id)) forbidden(event.locals);
  return { actor, organisation, organisationId: brandOrganisation(organisation.id) };
}

export async function requireSchool(event: GuardEvent, institutionNumber: string, action: SchoolAction) {
  const actor = requireActor(event);
  const school = await findSchoolByInstitutionNumber(institutionNumber);
  if (!school) notFound(event.locals);
  if (!canSchool(actor, action, school.id)) forbidden(event.locals);
  return { actor, school, schoolId: brandSchool(school.id) };
}

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
