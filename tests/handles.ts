// Handles for tests (ADR 020): a test plays the access module that, in the app, decides who may
// act on what. The seat engine finds a registration's rows by activity and person, so that is all
// these carry; `id` is only what the type needs.
import { grant } from '../src/lib/server/tenancy';
import type { ManagedActivity, VisibleActivity } from '../src/lib/features/activities/types';
import type { ReactionAuthor, TravelBoardEntry, TravelBoardViewer } from '../src/lib/features/activity-community/types';
import type { GuestRegistrant, ManagedRegistration, OwnRegistration, Registrant } from '../src/lib/features/registrations/types';
import type { OwnAccount } from '../src/lib/features/people/types';

export const visibleActivity = (activityId: string): VisibleActivity => grant('visible-activity', activityId);

export const managedActivity = (activityId: string): ManagedActivity => grant('managed-activity', activityId);

export const registrant = (activityId: string, personId: string, registeredBy = personId): Registrant =>
  Object.assign(grant('registrant', personId), { activityId, personId, registeredBy });

export const ownRegistration = (activityId: string, personId: string): OwnRegistration =>
  Object.assign(grant('own-registration', `${activityId}/${personId}`), { activityId, personId });

export const managedRegistration = (activityId: string, personId: string): ManagedRegistration =>
  Object.assign(grant('managed-registration', `${activityId}/${personId}`), { activityId, personId });

export const boardEntry = (activityId: string, personId: string): TravelBoardEntry =>
  Object.assign(grant('travel-board-entry', personId), { activityId, personId });

export const boardViewer = (activityId: string, personId: string): TravelBoardViewer =>
  Object.assign(grant('travel-board-viewer', personId), { activityId, personId });

export const reactionAuthor = (activityId: string, personId: string): ReactionAuthor =>
  Object.assign(grant('reaction-author', personId), { activityId, personId });

export const ownAccount = (personId: string): OwnAccount => grant('own-account', personId);

export const guestRegistrant = (activityId: string): GuestRegistrant => Object.assign(grant('guest-registrant', activityId), { activityId });
