import type { Actor } from '../people/types';

export type MailAction = 'read-outbox';

/** The outbox holds every person's login links: only platform admins read it. */
export function canMail(actor: Actor | null, action: MailAction): boolean {
  switch (action) {
    case 'read-outbox':
      return !!actor?.isPlatformAdmin;
  }
}
