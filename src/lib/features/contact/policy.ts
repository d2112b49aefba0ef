import { hasOrganisationRole, type Actor } from '../people/types';

export type ContactAction = 'view-inbox' | 'answer';

/**
 * Anyone may write to an organisation through its public form (no account needed). The messages
 * are the organisation's private data: only its facilitators read and answer them. A coach of the
 * same organisation does not: a message may be about anything, and facilitators pass it on.
 */
export function canContact(actor: Actor | null, action: ContactAction, subject: { organisationId: string }): boolean {
  if (!actor) return false;
  switch (action) {
    case 'view-inbox':
    case 'answer':
      return hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  }
}

export interface ContactAbilities { viewInbox: boolean; answer: boolean }

export function contactAbilities(actor: Actor | null, subject: { organisationId: string }): ContactAbilities {
  return { viewInbox: canContact(actor, 'view-inbox', subject), answer: canContact(actor, 'answer', subject) };
}
