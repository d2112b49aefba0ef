import { hasOrganisationRole, type Actor } from '../people/types';
import type { ExampleStatus } from './rules';

export type LibraryAction = 'view-workspace' | 'write' | 'publish';

export interface ExampleSubject {
  organisationId: string;
  status?: ExampleStatus;
}

/**
 * A published example is for everyone; drafts and examples awaiting approval only for the owning
 * organisation's facilitators and coaches. Its facilitators write and publish.
 */
export function canLibrary(actor: Actor | null, action: LibraryAction | 'view', subject: ExampleSubject): boolean {
  const facilitator = hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  switch (action) {
    case 'view':
      return subject.status === 'published' || facilitator || hasOrganisationRole(actor, subject.organisationId, 'coach');
    case 'view-workspace':
      return facilitator || hasOrganisationRole(actor, subject.organisationId, 'coach');
    case 'write':
    case 'publish':
      return facilitator;
  }
}

/** What the library's workspace pages offer the actor in one organisation. */
export function libraryAbilities(actor: Actor | null, subject: ExampleSubject) {
  return {
    write: canLibrary(actor, 'write', subject),
    publish: canLibrary(actor, 'publish', subject)
  };
}
