import { canActivity, type ActivitySubject } from '../activities/policy';
import type { Actor } from '../people/types';

export type ParticipantsAction = 'view' | 'mark-payment' | 'export' | 'check-in' | 'cancel';

/**
 * The list of who registered holds personal data (answers, invoice details), so only the
 * facilitators who manage the activity see it, mark payments, export it, check people in and
 * cancel a registration on someone's behalf (a phone call, someone who left the school).
 * Coaches of the organisation, other organisations and the registrants themselves do not.
 */
export function canParticipants(actor: Actor | null, _action: ParticipantsAction, activity: ActivitySubject): boolean {
  return canActivity(actor, 'manage', activity);
}
