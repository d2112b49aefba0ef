import { canActivity, type ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';

export type RegistrationAction = 'register-self' | 'register-colleague' | 'change' | 'cancel';

/**
 * A person registers for an activity they may register for (see canActivity). A colleague may be
 * registered only by staff of the same school. A registration is changed by the person themself
 * or by whoever registered them, while they are in the activity's audience; cancelling stays
 * possible after leaving it (a seat must never be stuck with someone who can no longer come).
 */
export function canRegistration(
  actor: Actor | null,
  action: RegistrationAction,
  subject: { activity: ActivitySubject; personId?: string; registeredBy?: string | null; sameSchool?: boolean }
): boolean {
  if (!actor) return false;
  const own = subject.personId === actor.personId || (!!subject.registeredBy && subject.registeredBy === actor.personId);
  if (action === 'cancel') return own;
  if (!canActivity(actor, 'register', subject.activity)) return false;
  switch (action) {
    case 'register-self':
      return true;
    case 'register-colleague':
      return !!subject.sameSchool;
    case 'change':
      return own;
  }
}
