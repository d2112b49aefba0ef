// The activity as a calendar entry: attached to the confirmation, promotion and reminder mails,
// and downloadable by a registered person. One stable UID per activity, so a later update
// replaces the same entry in the person's calendar.
import { buildCalendar } from '$lib/server/ics';

export interface CalendarActivity {
  activityId: string;
  title: string;
  summary: string;
  slug: string;
  organisationSlug: string;
  organisationName: string;
  contactEmail: string | null;
  location: string | null;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
}

export function activityPageUrl(a: { organisationSlug: string; slug: string }, origin: string): string {
  return `${origin}/activiteiten/${a.organisationSlug}/${a.slug}`;
}

export function activityCalendar(a: CalendarActivity, origin: string): { filename: string; contentType: string; content: string } {
  const url = activityPageUrl(a, origin);
  const minutes = Math.max(1, Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000));
  const content = buildCalendar([{
    uid: `activity-${a.activityId}`,
    title: a.title,
    description: [a.summary, a.onlineUrl ?? '', url].filter(Boolean).join('\n\n'),
    start: a.startsAt,
    durationMinutes: minutes,
    url,
    ...(a.location || a.onlineUrl ? { location: a.location ?? a.onlineUrl ?? '' } : {}),
    ...(a.contactEmail ? { organizer: { name: a.organisationName, email: a.contactEmail } } : {})
  }], a.title);
  return { filename: `${a.slug}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content };
}
