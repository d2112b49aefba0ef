import { error } from '@sveltejs/kit';
import { findPreMeeting, listOptions } from '$lib/features/pre-meetings/data.server';
import { calendarFileName, preMeetingCalendar } from '$lib/features/pre-meetings/emails/pre-meeting-mails';
import { messagesFor } from '$lib/i18n/messages';
import { requirePreMeetingParticipant } from '$lib/features/pre-meetings/access.server';
import type { RequestHandler } from './$types';

// The chosen date as an .ics download, for participants; the same entry (UID, SEQUENCE) as the mail.
export const GET: RequestHandler = async (event) => {
  const { activity, participant } = await requirePreMeetingParticipant(event, event.params.org, event.params.activity);
  const [settings, options] = await Promise.all([findPreMeeting(participant), listOptions(participant)]);
  const chosen = options.find((o) => o.id === settings.chosenOptionId);
  if (!chosen || !settings.onlineUrl || !settings.chosenAt) error(404, messagesFor(event.locals.locale).errors.notFound);
  const ics = preMeetingCalendar({
    activityId: activity.id, activityTitle: activity.title, startsAt: chosen.startsAt, durationMinutes: settings.durationMinutes,
    onlineUrl: settings.onlineUrl, chosenAt: settings.chosenAt,
    pageUrl: `${event.url.origin}/activiteiten/${activity.organisationSlug}/${activity.slug}/voorbereiding`
  }, 'nl');
  return new Response(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${calendarFileName}"`,
      'cache-control': 'private, no-store'
    }
  });
};
