import { canActivity, type ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';
import { canCancelRegistration, canChangeRegistration, registrationOpen, type RegistrationStatus } from './rules';

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

/**
 * Registering (or showing interest) without an account, by name and address (ADR 029): for
 * visitors, and only for a public activity; a network's or a school's audience must sign in.
 */
export function canRegisterAsGuest(actor: Actor | null, activity: ActivitySubject): boolean {
  return actor === null && activity.visibility === 'public';
}

/** Where the actor stands with one activity: their own registration (null: none) and its dates. */
export interface RegistrationSituation {
  activity: ActivitySubject;
  status: RegistrationStatus | null;
  registrationDeadline: Date;
  startsAt: Date;
}

export interface RegistrationAbilities {
  /** Register oneself now: open, in the audience, and holding no seat or waiting place. */
  register: boolean;
  /** Show interest instead; once is enough. */
  interest: boolean;
  change: boolean;
  cancel: boolean;
  /** Register colleagues now (the colleague step lists which colleagues of one's schools qualify). */
  registerColleagues: boolean;
  /** See and cancel the registrations one made for colleagues: only while in the audience. */
  manageColleagues: boolean;
}

/** What the actor may do with their registration for an activity, decided once for every page. */
export function registrationAbilities(actor: Actor | null, situation: RegistrationSituation, now: Date): RegistrationAbilities {
  const { activity, status } = situation;
  const open = registrationOpen(situation.registrationDeadline, now);
  const inAudience = canRegistration(actor, 'register-self', { activity });
  const own = { activity, personId: actor?.personId, registeredBy: actor?.personId };
  const register = inAudience && open && (status === null || status === 'interest' || status === 'cancelled');
  return {
    register,
    interest: register && status !== 'interest',
    change: canRegistration(actor, 'change', own) && canChangeRegistration(status, situation.registrationDeadline, now),
    cancel: canRegistration(actor, 'cancel', own) && canCancelRegistration(status, situation.startsAt, now),
    // Staff register colleagues of their own school (canRegistration checks each one): no school, no step.
    registerColleagues: inAudience && open && (actor?.schools.length ?? 0) > 0,
    manageColleagues: inAudience
  };
}

/** The one call to action of an activity's page, for this actor. */
export type RegistrationCallToAction =
  | { kind: 'sign-in'; full: boolean }
  | { kind: 'register'; full: boolean; interested: boolean }
  | { kind: 'holding'; status: 'registered' | 'waiting' | 'attended' | 'absent'; canChange: boolean }
  | { kind: 'closed' }
  | { kind: 'none' };

/**
 * A visitor is asked to sign in (then lands on the registration form); someone who may register
 * gets the button (onto the waiting list when full); whoever holds a registration a way to it;
 * after the deadline the page says registering is closed.
 */
export function registrationCallToAction(actor: Actor | null, situation: RegistrationSituation & { full: boolean }, now: Date): RegistrationCallToAction {
  const open = registrationOpen(situation.registrationDeadline, now);
  const { status } = situation;
  if (status === 'registered' || status === 'waiting' || status === 'attended' || status === 'absent') {
    return { kind: 'holding', status, canChange: registrationAbilities(actor, situation, now).change };
  }
  if (!open) return { kind: 'closed' };
  if (!actor) return { kind: 'sign-in', full: situation.full };
  if (registrationAbilities(actor, situation, now).register) return { kind: 'register', full: situation.full, interested: status === 'interest' };
  return { kind: 'none' };
}
