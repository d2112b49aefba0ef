// Shapes for the public API: only what a public page shows, nothing an organisation keeps private.
import { z } from 'zod';
import { formatSchoolYear } from '../calendar/rules';
import { findNetworkById, listNetworkSchoolYears } from './data.server';
import { canNetwork } from './policy';

const networkIdSchema = z.uuid();

/** A network the public may see, or null (unknown, malformed id or not public: all look the same). */
export async function findPublicNetwork(id: string) {
  if (!networkIdSchema.safeParse(id).success) return null;
  const network = await findNetworkById(id);
  return network && canNetwork(null, 'view', network) ? network : null;
}

export async function publicNetworkBody(network: NonNullable<Awaited<ReturnType<typeof findPublicNetwork>>>) {
  const years = await listNetworkSchoolYears(network.id);
  return {
    id: network.id,
    slug: network.slug,
    name: network.name,
    description: network.description,
    organisation: { slug: network.organisationSlug, name: network.organisationName },
    contact: network.contactName ? { name: network.contactName, email: network.contactEmail } : null,
    schoolYears: years.map(formatSchoolYear)
  };
}
