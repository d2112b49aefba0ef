import { listOutbox } from '$lib/features/mail/data.server';
import { requireOutbox } from '$lib/features/mail/access.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireOutbox(event);
  return { mails: await listOutbox() };
};
