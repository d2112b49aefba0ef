// Shapes for the public API: only what a public page shows, nothing an organisation keeps private.
import { z } from 'zod';
import { issueKey, type ErrorKey } from '$lib/i18n/messages';
import { formatSchoolYear } from '../calendar/rules';
import { findNetworkById, listNetworkSchoolYears } from './data.server';
import { canNetwork } from './policy';
import { schoolYearQuerySchema } from './schema';

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

export type PublicNetworkQuery =
  | { ok: true; network: NonNullable<Awaited<ReturnType<typeof findPublicNetwork>>>; schoolYear: number | undefined }
  | { ok: false; status: 400 | 404; key: ErrorKey };

/** The shared start of every per-network API call: a public network and an optional ?schoolYear=. */
export async function readPublicNetworkQuery(id: string, url: URL): Promise<PublicNetworkQuery> {
  const network = await findPublicNetwork(id);
  if (!network) return { ok: false, status: 404, key: 'notFound' };
  const requested = schoolYearQuerySchema.safeParse(url.searchParams.get('schoolYear') ?? undefined);
  if (!requested.success) return { ok: false, status: 400, key: requested.error.issues[0] ? issueKey(requested.error.issues[0].message) : 'schoolYearInvalid' };
  return { ok: true, network, schoolYear: requested.data };
}
