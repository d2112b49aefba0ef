// Who may read the regional view (ADR 047): the organisation's facilitators, over the maps shared
// with it (ADR 036). The network and school year come from the URL; a network of another
// organisation, or one that does not exist, is not found.
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { listNetworkMembers, listNetworkSchoolYears, listOrganisationNetworks } from '../networks/data.server';
import { canRegionalView } from './policy';
import { readRegionScope } from './rules';
import type { RegionView } from './types';

export async function requireRegionalView(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canRegionalView(workspace.actor, workspace.organisation.id)) forbidden(event.locals);
  const asked = readRegionScope(event.url.searchParams);
  if (!asked) notFound(event.locals);
  const networks = await listOrganisationNetworks(workspace.organisationId);
  let scope: { network: { slug: string; name: string }; years: number[]; year: number; memberIds: string[] } | null = null;
  if (asked.network) {
    const network = networks.find((n) => n.slug === asked.network);
    if (!network) notFound(event.locals);
    const years = await listNetworkSchoolYears(network.id);
    const year = asked.year !== null && years.includes(asked.year) ? asked.year : (years.at(-1) ?? null);
    if (year === null) notFound(event.locals);
    const members = await listNetworkMembers(network.id, year);
    scope = { network: { slug: network.slug, name: network.name }, years, year, memberIds: members.map((s) => s.id) };
  }
  return {
    ...workspace,
    networks: networks.map((n) => ({ slug: n.slug, name: n.name })),
    scope,
    view: grant('map-region', workspace.organisation.id) as RegionView
  };
}
