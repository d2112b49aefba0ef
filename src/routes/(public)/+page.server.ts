import { listOrganisations } from '$lib/features/organisations/data.server';
import { listPublicNetworks } from '$lib/features/networks/data.server';
import type { PageServerLoad } from './$types';

// Public: organisations are public by nature and the network query keeps only public networks.
export const load: PageServerLoad = async () => {
  const [organisations, networks] = await Promise.all([listOrganisations(), listPublicNetworks()]);
  return { organisations, networks };
};
