import { hasOrganisationRole, moderatedNetworksIn, moderatesNetwork, type Actor } from '../people/types';
import type { ExampleStatus } from './rules';

export type LibraryAction = 'view-workspace' | 'write' | 'publish';

export interface ExampleSubject {
  organisationId: string;
  status?: ExampleStatus;
  /** The example's network; absent when the question is about the organisation's library as a whole. */
  networkId?: string | null;
}

/**
 * A published example is for everyone; drafts and examples awaiting approval only for the owning
 * organisation's facilitators and coaches. Its facilitators write and publish. A moderator of one of
 * its networks (ADR 052) reads, writes and publishes that network's examples and no other; she
 * starts no new ones (the question without a network).
 */
export function canLibrary(actor: Actor | null, action: LibraryAction | 'view', subject: ExampleSubject): boolean {
  const facilitator = hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  const moderator = subject.networkId === undefined ? false : moderatesNetwork(actor, subject.networkId) &&
    moderatedNetworksIn(actor, subject.organisationId).includes(subject.networkId!);
  switch (action) {
    case 'view':
      return subject.status === 'published' || facilitator || moderator || hasOrganisationRole(actor, subject.organisationId, 'coach');
    case 'view-workspace':
      return facilitator || moderator || hasOrganisationRole(actor, subject.organisationId, 'coach') ||
        (subject.networkId === undefined && moderatedNetworksIn(actor, subject.organisationId).length > 0);
    case 'write':
    case 'publish':
      return facilitator || moderator;
  }
}

/** What the library's workspace pages offer the actor in one organisation. */
export function libraryAbilities(actor: Actor | null, subject: ExampleSubject) {
  return {
    write: canLibrary(actor, 'write', subject),
    publish: canLibrary(actor, 'publish', subject)
  };
}
