import { listPublicNetworks } from '$lib/features/networks/data.server';
import { listOrganisations } from '$lib/features/organisations/data.server';
import { apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listOrganisations): organisations with only their public networks.
export const GET: RequestHandler = async () => {
  const [organisations, networks] = await Promise.all([listOrganisations(), listPublicNetworks()]);
  return apiJson({
    organisations: organisations.map((o) => ({
      slug: o.slug,
      name: o.name,
      description: o.description,
      website: o.website,
      contactEmail: o.contactEmail,
      networks: networks
        .filter((n) => n.organisationId === o.id)
        .map((n) => ({ id: n.id, slug: n.slug, name: n.name }))
    }))
  });
};

export const OPTIONS: RequestHandler = () => preflight();
