import { canActivity, type ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';

export type PreMeetingAction = 'view' | 'take-part' | 'manage';

export interface PreMeetingSubject {
  activity: ActivitySubject;
  /** Whether the actor holds a seat: a registration with status 'registered' or 'attended'. */
  isParticipant: boolean;
}

/**
 * Whoever may see the activity sees what its pre-meeting is. Only participants vote, send in
 * questions and see the link and the tally; the organisation's facilitators manage it (and see
 * who voted what and who asked what).
 */
export function canPreMeeting(actor: Actor | null, action: PreMeetingAction, subject: PreMeetingSubject): boolean {
  switch (action) {
    case 'view':
      return canActivity(actor, 'view', subject.activity);
    case 'take-part':
      return actor !== null && subject.isParticipant && canActivity(actor, 'register', subject.activity);
    case 'manage':
      return canActivity(actor, 'manage', subject.activity);
  }
}

export interface PreMeetingAbilities {
  view: boolean;
  /** Vote, send in questions, see the dates, the link and the counts. */
  takePart: boolean;
  manage: boolean;
}

/** What the actor may do with an activity's pre-meeting, decided once for every page. */
export function preMeetingAbilities(actor: Actor | null, subject: PreMeetingSubject): PreMeetingAbilities {
  return {
    view: canPreMeeting(actor, 'view', subject),
    takePart: canPreMeeting(actor, 'take-part', subject),
    manage: canPreMeeting(actor, 'manage', subject)
  };
}
