// How meetings leave the platform: as calendar events (.ics) and in the public JSON API.
import { readEnv } from '$lib/server/env';
import type { CalendarEvent } from '$lib/server/ics';
import { messagesFor } from '$lib/i18n/messages';

export interface MeetingForCalendar {
  id: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  onlineUrl: string | null;
  learningQuestion: string;
  agenda: { minutes: number; title: string }[];
  networkName: string;
}

export function meetingCalendarEvent(meeting: MeetingForCalendar): CalendarEvent {
  const m = messagesFor('nl');
  const agenda = meeting.agenda.map((i) => `- ${i.minutes} min: ${i.title}`).join('\n');
  return {
    uid: `meeting-${meeting.id}`,
    title: `${meeting.networkName} — ${m.learning.cohort.meeting(meeting.sequence)}`,
    description: [`${m.learning.cohort.learningQuestion}: ${meeting.learningQuestion}`, agenda, meeting.onlineUrl ?? ''].filter(Boolean).join('\n\n'),
    start: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    url: meeting.onlineUrl ?? `${readEnv().ORIGIN}/werkruimte`,
    location: meeting.onlineUrl ?? 'Online'
  };
}
