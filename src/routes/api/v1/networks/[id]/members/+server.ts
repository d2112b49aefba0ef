import { formatSchoolYear } from '$lib/features/calendar/rules';
import { findPublicNetwork } from '$lib/features/networks/api.server';
import { listNetworkMembers, listNetworkSchoolYears } from '$lib/features/networks/data.server';
import { schoolYearQuerySchema } from '$lib/features/networks/schema';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listNetworkMembers): member schools of a public network in ?schoolYear=2022-2023
// (default: the latest school year with members).
export const GET: RequestHandler = async ({ params, url }) => {
  const m = messagesFor('nl');
  const network = await findPublicNetwork(params.id);
  if (!network) return apiError(404, m.errors.notFound);
  const requested = schoolYearQuerySchema.safeParse(url.searchParams.get('schoolYear') ?? undefined);
  if (!requested.success) return apiError(400, errorText(m, requested.error.issues[0]?.message));
  const year = requested.data ?? (await listNetworkSchoolYears(network.id)).at(-1);
  const members = year === undefined ? [] : await listNetworkMembers(network.id, year);
  return apiJson({
    networkId: network.id,
    schoolYear: year === undefined ? null : formatSchoolYear(year),
    members: members.map((s) => ({
      institutionNumber: s.institutionNumber,
      name: s.name,
      municipality: s.municipality,
      province: s.province,
      level: s.level
    }))
  });
};

export const OPTIONS: RequestHandler = () => preflight();
