import { formatSchoolYear } from '$lib/features/calendar/rules';
import { listCohortMembers, listLearningNetworks } from '$lib/features/learning-networks/data.server';
import { findPublicNetwork } from '$lib/features/networks/api.server';
import { schoolYearQuerySchema } from '$lib/features/networks/schema';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listLearningNetworks): the learning networks of a public network, optionally of one
// ?schoolYear=, each with its member schools (public fields only).
export const GET: RequestHandler = async ({ params, url }) => {
  const m = messagesFor('nl');
  const network = await findPublicNetwork(params.id);
  if (!network) return apiError(404, m.errors.notFound);
  const requested = schoolYearQuerySchema.safeParse(url.searchParams.get('schoolYear') ?? undefined);
  if (!requested.success) return apiError(400, errorText(m, requested.error.issues[0]?.message));
  const cohorts = (await listLearningNetworks(network.id)).filter((c) => requested.data === undefined || c.schoolYear === requested.data);
  const learningNetworks = await Promise.all(cohorts.map(async (c) => ({
    schoolYear: formatSchoolYear(c.schoolYear),
    formedFrom: formatSchoolYear(c.formedFromYear),
    meetingCount: c.meetingCount,
    members: (await listCohortMembers(c.id)).map((s) => ({ institutionNumber: s.institutionNumber, name: s.name, municipality: s.municipality, province: s.province }))
  })));
  return apiJson({ networkId: network.id, learningNetworks });
};

export const OPTIONS: RequestHandler = () => preflight();
