import { error } from '@sveltejs/kit';
import { findRegistration, findRegistrationMailContext } from '$lib/features/registrations/data.server';
import { activityCalendar } from '$lib/features/registrations/emails/activity-ics';
import { messagesFor } from '$lib/i18n/messages';
import { readEnv } from '$lib/server/env';
import { requireActivity } from '$lib/features/activities/access.server';
import { requireActor } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// The activity for one's calendar: only for a person who holds a seat (anyone else: 404), also
// after they left the activity's audience.
export const GET: RequestHandler = async (event) => {
  const { visible } = await requireActivity(event, event.params.org, event.params.activity, 'own');
  const actor = requireActor(event);
  const registration = await findRegistration(visible, actor.personId);
  const context = registration?.status === 'registered' ? await findRegistrationMailContext(registration.id) : null;
  if (!context) error(404, messagesFor(event.locals.locale).errors.notFound);
  const calendar = activityCalendar(context, readEnv().ORIGIN);
  return new Response(calendar.content, {
    headers: {
      'content-type': calendar.contentType,
      'content-disposition': `attachment; filename="${calendar.filename}"`,
      'cache-control': 'private, no-store'
    }
  });
};
