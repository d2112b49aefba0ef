import { requirePartnerDirectory } from '$lib/features/map-wegwijzer/access.server';
import { listDirectory } from '$lib/features/map-wegwijzer/data.server';
import type { PageServerLoad } from './$types';

// The shared partner directory (ADR 036, 046): the platform admins find a partner to correct.
export const load: PageServerLoad = async (event) => {
  requirePartnerDirectory(event);
  const query = (event.url.searchParams.get('zoek') ?? '').trim().slice(0, 100);
  return { query, partners: await listDirectory(query) };
};
