import { hasOrganisationRole, schoolAccessOf, type Actor } from '../people/types';

export type ActivityAction = 'view' | 'manage' | 'create' | 'register';

export interface ActivitySubject {
  organisationId: string;
  visibility: 'public' | 'network' | 'school';
  /** For 'network' visibility: the schools of the actor that are members of that network now. */
  actorIsNetworkMember?: boolean;
  schoolId?: string | null;
  /**
   * The actor holds a registration for it (registered or waiting). Such a person keeps seeing the
   * activity after leaving its audience (a colleague who left the school), so they can cancel.
   */
  actorHoldsRegistration?: boolean;
}

/**
 * Public activities are for everyone. One for the members of a network is for the staff of its
 * member schools; one for a single school only for that school's people. The organising
 * organisation's facilitators and coaches always see their activities; its facilitators manage them.
 * Registering is only for the audience; whoever holds a registration still sees the activity.
 * Creating one ('create', only `organisationId` counts) is for the organisation's facilitators too:
 * coaches follow the work (they read the organisation's activity list, as they read its learning
 * networks) but do not offer activities in its name, nor open the editor.
 */
export function canActivity(actor: Actor | null, action: ActivityAction, activity: ActivitySubject): boolean {
  const insider = hasOrganisationRole(actor, activity.organisationId, 'facilitator') || hasOrganisationRole(actor, activity.organisationId, 'coach');
  const audience = activity.visibility === 'public'
    || (activity.visibility === 'network' && !!activity.actorIsNetworkMember)
    || (activity.visibility === 'school' && !!activity.schoolId && schoolAccessOf(actor, activity.schoolId) !== null);
  switch (action) {
    case 'view':
      return insider || audience || !!activity.actorHoldsRegistration;
    case 'manage':
    case 'create':
      return hasOrganisationRole(actor, activity.organisationId, 'facilitator');
    case 'register':
      return actor !== null && (insider || audience);
  }
}

export interface ActivityAbilities {
  view: boolean;
  register: boolean;
  /** Open the editor, the participants, the pre-meeting and the moderation. */
  manage: boolean;
  /** Offer a new activity in the organisation's name (only `organisationId` of the subject counts). */
  create: boolean;
}

/** What the actor may do with an activity (or, for 'create', in its organisation), decided once for every page. */
export function activityAbilities(actor: Actor | null, activity: ActivitySubject): ActivityAbilities {
  return {
    view: canActivity(actor, 'view', activity),
    register: canActivity(actor, 'register', activity),
    manage: canActivity(actor, 'manage', activity),
    create: canActivity(actor, 'create', activity)
  };
}
