import { formatSchoolYear } from '$lib/features/calendar/rules';
import { publicCohortsOf } from '$lib/features/learning-networks/access.server';
import { listCohortMembers } from '$lib/features/learning-networks/data.server';
import { readPublicNetworkQuery } from '$lib/features/networks/api.server';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listLearningNetworks): the learning networks of a public network, optionally of one
// ?schoolYear=, each with its member schools (public fields only).
export const GET: RequestHandler = async ({ params, url }) => {
  const query = await readPublicNetworkQuery(params.id, url);
  if (!query.ok) return apiError(query.status, errorText(messagesFor('nl'), query.key));
  const { network, schoolYear } = query;
  const cohorts = (await publicCohortsOf(network)).filter((c) => schoolYear === undefined || c.schoolYear === schoolYear);
  const learningNetworks = await Promise.all(cohorts.map(async (c) => ({
    schoolYear: formatSchoolYear(c.schoolYear),
    formedFrom: formatSchoolYear(c.formedFromYear),
    meetingCount: c.meetingCount,
    members: (await listCohortMembers(c.ref)).map((s) => ({ institutionNumber: s.institutionNumber, name: s.name, municipality: s.municipality, province: s.province }))
  })));
  return apiJson({ networkId: network.id, learningNetworks });
};

export const OPTIONS: RequestHandler = () => preflight();
