// Pure rules of the travel board and reactions: no I/O, the same in every layer.

/** Registration statuses that make someone a participant of an activity (and so may join the board). */
export const participantStatuses = ['registered', 'waiting', 'attended'] as const;

export function isParticipantStatus(status: string | null | undefined): boolean {
  return (participantStatuses as readonly string[]).includes(status ?? '');
}

export const travelModes = ['trein', 'auto', 'bus', 'vliegtuig', 'andere'] as const;
export type TravelMode = (typeof travelModes)[number];

/**
 * How a reaction shows to a viewer: a hidden reaction exists only for its author (marked as hidden
 * by the organiser); for everyone else it is not there at all.
 */
export function reactionShownAs(reaction: { personId: string; hiddenAt: Date | null }, viewerPersonId: string | null): 'visible' | 'hidden-own' | 'absent' {
  if (!reaction.hiddenAt) return 'visible';
  return viewerPersonId !== null && reaction.personId === viewerPersonId ? 'hidden-own' : 'absent';
}
