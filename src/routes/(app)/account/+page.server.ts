import { hasCalendarFeed } from '$lib/features/meetings/data.server';
import { renewCalendarFeed, revokeCalendarFeed } from '$lib/features/meetings/mutations.server';
import { setPassword, updateAccountName } from '$lib/features/people/mutations.server';
import { readEnv } from '$lib/server/env';
import { canAccount } from '$lib/features/people/policy';
import { accountSchema, newPasswordSchema } from '$lib/features/people/schema';
import { formFail, parseForm } from '$lib/server/forms';
import { requireActor, requireAllowed } from '$lib/server/guards';
import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import type { Actions, PageServerLoad } from './$types';

const passwordFormSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: errorKey('passwordMismatch'), path: ['confirm'] });

export const load: PageServerLoad = async (event) => {
  const actor = requireActor(event);
  requireAllowed(event, canAccount(actor, 'edit-own-account'));
  return { person: { name: actor.name, email: actor.email }, hasFeed: await hasCalendarFeed(actor.personId) };
};

export const actions: Actions = {
  profile: async (event) => {
    const actor = requireActor(event);
    requireAllowed(event, canAccount(actor, 'edit-own-account'));
    const parsed = parseForm(accountSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'profile');
    await updateAccountName(actor.personId, parsed.data.name);
    return { saved: 'profile' };
  },
  password: async (event) => {
    const actor = requireActor(event);
    requireAllowed(event, canAccount(actor, 'edit-own-account'));
    const parsed = parseForm(passwordFormSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'password');
    await setPassword(actor.personId, parsed.data.password);
    return { saved: 'password' };
  },
  feed: async (event) => {
    const actor = requireActor(event);
    requireAllowed(event, canAccount(actor, 'edit-own-account'));
    const secret = await renewCalendarFeed(actor.personId);
    return { feedUrl: `${readEnv().ORIGIN}/kalender/${secret}.ics` };
  },
  revokeFeed: async (event) => {
    const actor = requireActor(event);
    requireAllowed(event, canAccount(actor, 'edit-own-account'));
    await revokeCalendarFeed(actor.personId);
    return { saved: 'revokeFeed' };
  }
};
