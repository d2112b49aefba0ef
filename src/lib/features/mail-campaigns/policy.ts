import { hasOrganisationRole, type Actor } from '../people/types';

export type MailCampaignAction = 'send' | 'follow';

/**
 * A campaign is one organisation's mail to many (a newsletter, a mail to an activity's
 * participants): only its facilitators start one, pause, resume or retry it, and follow its
 * progress and recipients. Nobody of another organisation sees any of it.
 */
export function canMailCampaign(actor: Actor | null, action: MailCampaignAction, subject: { organisationId: string }): boolean {
  if (!actor) return false;
  switch (action) {
    case 'send':
    case 'follow':
      return hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  }
}
