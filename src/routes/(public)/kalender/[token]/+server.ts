import { findCalendarFeedOwner, listPersonMeetings } from '$lib/features/meetings/data.server';
import { meetingCalendarEvent } from '$lib/features/meetings/api.server';
import { listPersonSessions } from '$lib/features/trajectory-sessions/data.server';
import { sessionCalendarEvent } from '$lib/features/trajectory-sessions/emails/session-mails';
import { messagesFor } from '$lib/i18n/messages';
import { buildCalendar } from '$lib/server/ics';
import type { RequestHandler } from './$types';

// Public by secret: calendar apps cannot sign in, so the unguessable token in the URL is the
// credential (stored hashed, revocable from the account page). Unknown token: 404.
// Besides the meetings, the feed carries the chosen sessions of the person's trajectories (ADR 050).
export const GET: RequestHandler = async ({ params }) => {
  const personId = await findCalendarFeedOwner(params.token.replace(/\.ics$/, ''));
  if (!personId) return new Response(messagesFor('nl').errors.notFound, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const [meetings, sessions] = await Promise.all([listPersonMeetings(personId), listPersonSessions(personId)]);
  const events = [...meetings.map(meetingCalendarEvent), ...sessions.map((s) => sessionCalendarEvent({ ...s, chosenAt: s.chosenAt ?? s.startsAt }, 'nl'))];
  return new Response(buildCalendar(events, 'Netwerkplein'), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' }
  });
};
