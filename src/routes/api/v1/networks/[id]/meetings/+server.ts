import { formatSchoolYear } from '$lib/features/calendar/rules';
import { listPublicMeetings } from '$lib/features/meetings/data.server';
import { findPublicNetwork } from '$lib/features/networks/api.server';
import { schoolYearQuerySchema } from '$lib/features/networks/schema';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listMeetings): date, learning question and — only when published and made public —
// the harvest. No links, agendas, submissions or attendance.
export const GET: RequestHandler = async ({ params, url }) => {
  const m = messagesFor('nl');
  const network = await findPublicNetwork(params.id);
  if (!network) return apiError(404, m.errors.notFound);
  const requested = schoolYearQuerySchema.safeParse(url.searchParams.get('schoolYear') ?? undefined);
  if (!requested.success) return apiError(400, errorText(m, requested.error.issues[0]?.message));
  const meetings = await listPublicMeetings(network.id, requested.data);
  return apiJson({
    networkId: network.id,
    meetings: meetings.map((mt) => ({
      schoolYear: formatSchoolYear(mt.schoolYear), sequence: mt.sequence, startsAt: mt.startsAt.toISOString(),
      learningQuestion: mt.learningQuestion, harvest: mt.harvest
    }))
  });
};

export const OPTIONS: RequestHandler = () => preflight();
