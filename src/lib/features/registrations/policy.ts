import { canActivity, type ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';

export type RegistrationAction = 'register-self' | 'register-colleague' | 'change' | 'cancel';

/**
 * A person registers for an activity they may register for (see canActivity). A colleague may be
 * registered only by staff of the same school. A registration is changed or cancelled by the
 * person themself or by whoever registered them.
 */
export function canRegistration(
  actor: Actor | null,
  action: RegistrationAction,
  subject: { activity: ActivitySubject; personId?: string; registeredBy?: string | null; sameSchool?: boolean }
): boolean {
  if (!actor || !canActivity(actor, 'register', subject.activity)) return false;
  switch (action) {
    case 'register-self':
      return true;
    case 'register-colleague':
      return !!subject.sameSchool;
    case 'change':
    case 'cancel':
      return subject.personId === actor.personId || (!!subject.registeredBy && subject.registeredBy === actor.personId);
  }
}
