// Who may compose a network's communication kit and who may open one (ADR 020, ADR 059). The
// composer's guards mint the `KitNetwork`; a school's guard the `MemberKit`, only for a kit with items
// of a network the school is a member of in that school year. To anyone else a kit does not exist (404).
import { z } from 'zod';
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { brandSchool, grant } from '$lib/server/tenancy';
import { parseSchoolYear } from '../calendar/rules';
import { findNetworkBySlugs } from '../networks/data.server';
import { requireOrganisation } from '../organisations/access.server';
import { findSchoolByInstitutionNumber } from '../schools/data.server';
import { parseSchoolKey } from '../schools/rules';
import { findKitForSchool } from './data.server';
import type { KitScope } from './mutations.server';
import { canKit, kitAbilities } from './policy';
import type { KitNetwork, MemberKit } from './types';

/**
 * A network of the organisation whose kits the actor composes: a facilitator of the organisation or
 * a moderator of this network (she enters the workspace for it, ADR 052). Another network is a 404
 * when it is not the organisation's, a 403 when it is someone else's to compose.
 */
export async function requireKitNetwork(event: GuardEvent, organisationSlug: string, networkSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'enter-workspace');
  const network = await findNetworkBySlugs(organisationSlug, networkSlug);
  if (!network) notFound(event.locals);
  const subject = { organisationId: workspace.organisation.id, networkId: network.id };
  if (!canKit(workspace.actor, 'compose', subject)) forbidden(event.locals);
  return { ...workspace, network, kitNetwork: grant('kit-network', network.id) as KitNetwork, abilities: kitAbilities(workspace.actor, subject) };
}

/** The kit of one school year of such a network; a year that is no school year is a 404. */
export async function requireComposedKit(event: GuardEvent, organisationSlug: string, networkSlug: string, yearParam: string) {
  const composer = await requireKitNetwork(event, organisationSlug, networkSlug);
  const year = parseSchoolYear(yearParam);
  if (!year.ok || year.label !== yearParam) notFound(event.locals);
  const scope: KitScope = { organisationId: composer.organisationId, network: composer.kitNetwork, schoolYear: year.startYear };
  return { ...composer, year: { startYear: year.startYear, label: year.label }, scope };
}

/**
 * A kit as the people of a member school open it. A visitor, another school's people, another
 * organisation's facilitator, an id that is no kit, a kit without items or of a year the school was
 * no member: all the same 404, so the answer says nothing about what exists.
 */
export async function requireMemberKit(event: GuardEvent, schoolParam: string, kitId: string) {
  const actor = event.locals.actor;
  const key = parseSchoolKey(schoolParam);
  const school = actor && key && z.uuid().safeParse(kitId).success ? await findSchoolByInstitutionNumber(key) : null;
  const kit = school ? await findKitForSchool(kitId, school.id) : null;
  if (!school || !kit || !canKit(actor, 'view-member', { schoolId: school.id, isMember: true })) notFound(event.locals);
  return { actor: actor!, school, schoolId: brandSchool(school.id), kit, ref: grant('member-kit', kit.id) as MemberKit };
}
