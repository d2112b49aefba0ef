import { listOutbox } from '$lib/features/mail/data.server';
import { canMail } from '$lib/features/mail/policy';
import { requireActor, requireAllowed } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAllowed(event, canMail(requireActor(event), 'read-outbox'));
  return { mails: await listOutbox() };
};
