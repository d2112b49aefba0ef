import { canActivity, type ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';

export type TravelBoardAction = 'see-board' | 'opt-in' | 'withdraw';

export interface TravelBoardSubject {
  activity: ActivitySubject;
  /** The actor's registration for this activity is registered, waiting or attended. */
  isParticipant: boolean;
  /** The actor has an entry on this activity's board. */
  hasOptedIn: boolean;
}

/**
 * The travel-together board is mutual: only a participant who put themself on the board sees the
 * others on it (name, from where, how, note and contact). Everyone else — a participant who did not
 * opt in, a person outside the activity, a visitor, and also the organiser and the platform admin —
 * sees only how many people are on it. An organiser gets contact details only by registering and
 * opting in like any participant. Joining needs a participant of the activity's audience; leaving
 * (erasing one's own entry) is always allowed, also after cancelling the registration.
 */
export function canTravelBoard(actor: Actor | null, action: TravelBoardAction, subject: TravelBoardSubject): boolean {
  if (!actor) return false;
  switch (action) {
    case 'see-board':
      return subject.hasOptedIn && subject.isParticipant && canActivity(actor, 'register', subject.activity);
    case 'opt-in':
      return subject.isParticipant && canActivity(actor, 'register', subject.activity);
    case 'withdraw':
      return true;
  }
}

export type ReactionAction = 'read' | 'post' | 'delete-own' | 'moderate';

/**
 * Whoever may see an activity reads its visible reactions; a signed-in person of its audience
 * posts one; an author deletes their own; the organising organisation's facilitators see all
 * reactions and hide, show or delete them.
 */
export function canReaction(actor: Actor | null, action: ReactionAction, subject: { activity: ActivitySubject; authorId?: string }): boolean {
  switch (action) {
    case 'read':
      return canActivity(actor, 'view', subject.activity);
    case 'post':
      return canActivity(actor, 'register', subject.activity);
    case 'delete-own':
      return !!actor && subject.authorId === actor.personId && canActivity(actor, 'view', subject.activity);
    case 'moderate':
      return canActivity(actor, 'manage', subject.activity);
  }
}

export interface CommunityAbilities {
  postReaction: boolean;
  /** Hide, show again or delete reactions (the organiser). */
  moderate: boolean;
  /** See who is on the travel board, with their contact details. */
  seeBoard: boolean;
  optIn: boolean;
  withdraw: boolean;
}

/**
 * What the actor may do in an activity's community, decided once for every page. Without the
 * actor's standing on the board (`board`), the board's abilities are all false.
 */
export function communityAbilities(actor: Actor | null, activity: ActivitySubject, board?: { isParticipant: boolean; hasOptedIn: boolean }): CommunityAbilities {
  const subject = { activity, isParticipant: board?.isParticipant ?? false, hasOptedIn: board?.hasOptedIn ?? false };
  return {
    postReaction: canReaction(actor, 'post', { activity }),
    moderate: canReaction(actor, 'moderate', { activity }),
    seeBoard: !!board && canTravelBoard(actor, 'see-board', subject),
    optIn: !!board && canTravelBoard(actor, 'opt-in', subject),
    withdraw: !!board && subject.hasOptedIn && canTravelBoard(actor, 'withdraw', subject)
  };
}
