import { meetingCalendarEvent } from '$lib/features/meetings/api.server';
import { buildCalendar } from '$lib/server/ics';
import { requireSchoolMeeting } from '$lib/features/meetings/access.server';
import type { RequestHandler } from './$types';

// One meeting as an .ics download, for the people of a member school.
export const GET: RequestHandler = async (event) => {
  const { meeting } = await requireSchoolMeeting(event, event.params.school, event.params.meeting, 'view-as-school');
  const ics = buildCalendar([meetingCalendarEvent(meeting)], meeting.networkName);
  return new Response(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="bijeenkomst-${meeting.sequence}.ics"`,
      'cache-control': 'private, no-store'
    }
  });
};
