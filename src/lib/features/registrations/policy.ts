import { canActivity, type ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';

export type RegistrationAction = 'register-self' | 'register-colleague' | 'change' | 'cancel';

/**
 * A person registers for an activity they may register for (see canActivity). A colleague may be
 * registered only by staff of the same school. A registration is changed by the person themself
 * or by whoever registered them, while they are in the activity's audience. The person themself
 * can also cancel after leaving it (a seat must never be stuck with someone who can no longer come);
 * whoever registered them, only while still in the audience.
 */
export function canRegistration(
  actor: Actor | null,
  action: RegistrationAction,
  subject: { activity: ActivitySubject; personId?: string; registeredBy?: string | null; sameSchool?: boolean }
): boolean {
  if (!actor) return false;
  // One's own registration can always be cancelled; a colleague's only while still in the audience.
  if (action === 'cancel' && subject.personId === actor.personId) return true;
  if (!canActivity(actor, 'register', subject.activity)) return false;
  const own = subject.personId === actor.personId || (!!subject.registeredBy && subject.registeredBy === actor.personId);
  switch (action) {
    case 'register-self':
      return true;
    case 'register-colleague':
      return !!subject.sameSchool;
    case 'change':
    case 'cancel':
      return own;
  }
}
