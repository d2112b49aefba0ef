// The handles of an activity's community (ADR 020), minted only in `access.server.ts` after the
// community policy said yes. Each names the actor (`personId`) on one activity's board or reactions.
import type { Handle } from '$lib/server/tenancy';

interface CommunityRef {
  readonly activityId: string;
  readonly personId: string;
}

/** A participant on the travel board who may see the others on it (canTravelBoard 'see-board'). */
export type TravelBoardViewer = Handle<'travel-board-viewer'> & CommunityRef;

/** One's own entry on the travel board, to put there ('opt-in') or to erase ('withdraw'). */
export type TravelBoardEntry = Handle<'travel-board-entry'> & CommunityRef;

/** A person of the audience who posts reactions and deletes their own (canReaction 'post'). */
export type ReactionAuthor = Handle<'reaction-author'> & CommunityRef;
