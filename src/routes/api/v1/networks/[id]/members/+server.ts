import { formatSchoolYear } from '$lib/features/calendar/rules';
import { readPublicNetworkQuery } from '$lib/features/networks/api.server';
import { listNetworkMembers, listNetworkSchoolYears } from '$lib/features/networks/data.server';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listNetworkMembers): member schools of a public network in ?schoolYear=2022-2023
// (default: the latest school year with members).
export const GET: RequestHandler = async ({ params, url }) => {
  const query = await readPublicNetworkQuery(params.id, url);
  if (!query.ok) return apiError(query.status, errorText(messagesFor('nl'), query.key));
  const { network, schoolYear } = query;
  const year = schoolYear ?? (await listNetworkSchoolYears(network.id)).at(-1);
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
