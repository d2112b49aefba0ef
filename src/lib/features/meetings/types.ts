// The handles of a meeting (ADR 020), minted only by `access.server.ts`; the data and mutations take
// them, so a plain meeting id from a form or URL does not type-check.
import type { Handle } from '$lib/server/tenancy';

/** A meeting its organisation's facilitator may change: dates, agenda, attendance, harvest. */
export type ManagedMeeting = Handle<'managed-meeting'>;
/** A meeting a facilitator or coach of its organisation may follow (read). */
export type FollowedMeeting = Handle<'followed-meeting'>;
/** A meeting seen from a member school: its people read it and send in questions. */
export type SchoolMeeting = Handle<'school-meeting'>;
export type WorkspaceMeeting = ManagedMeeting | FollowedMeeting;
export type MeetingView = WorkspaceMeeting | SchoolMeeting;
