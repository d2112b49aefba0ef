// The handle of a pre-meeting's participant (ADR 020), minted only in `access.server.ts` once the
// pre-meeting policy said yes (a seat, and the activity's audience). Here, not in the access module,
// so data and mutations can name it without importing the module that calls them.
import type { Handle } from '$lib/server/tenancy';
import type { ManagedActivity } from '../activities/types';

/** A participant who votes, asks and deletes their own questions; `id` is the person. */
export type PreMeetingParticipant = Handle<'pre-meeting-participant'> & { readonly activityId: string; readonly personId: string };

/** Who may read the dates and the link: a participant, or the organiser who manages the activity. */
export type PreMeetingReader = PreMeetingParticipant | ManagedActivity;
