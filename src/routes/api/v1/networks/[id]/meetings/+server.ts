import { formatSchoolYear } from '$lib/features/calendar/rules';
import { listPublicMeetings } from '$lib/features/meetings/data.server';
import { readPublicNetworkQuery } from '$lib/features/networks/api.server';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listMeetings): date, learning question and — only when published and made public —
// the harvest. No links, agendas, submissions or attendance.
export const GET: RequestHandler = async ({ params, url }) => {
  const query = await readPublicNetworkQuery(params.id, url);
  if (!query.ok) return apiError(query.status, errorText(messagesFor('nl'), query.key));
  const { network, schoolYear } = query;
  const meetings = await listPublicMeetings(network.id, schoolYear);
  return apiJson({
    networkId: network.id,
    meetings: meetings.map((mt) => ({
      schoolYear: formatSchoolYear(mt.schoolYear), sequence: mt.sequence, startsAt: mt.startsAt.toISOString(),
      learningQuestion: mt.learningQuestion, harvest: mt.harvest
    }))
  });
};

export const OPTIONS: RequestHandler = () => preflight();
