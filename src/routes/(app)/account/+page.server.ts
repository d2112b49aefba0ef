import { hasCalendarFeed } from '$lib/features/meetings/data.server';
import { renewCalendarFeed, revokeCalendarFeed } from '$lib/features/meetings/mutations.server';
import { setPassword, updateAccountName } from '$lib/features/people/mutations.server';
import { readEnv } from '$lib/server/env';
import { canAccount } from '$lib/features/people/policy';
import { accountSchema, newPasswordSchema } from '$lib/features/people/schema';
import { defineAction } from '$lib/server/actions';
import { requireActor, requireAllowed } from '$lib/server/guards';
import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const passwordFormSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: errorKey('passwordMismatch'), path: ['confirm'] });

export const load: PageServerLoad = async (event) => {
  const actor = requireActor(event);
  requireAllowed(event, canAccount(actor, 'edit-own-account'));
  return { person: { name: actor.name, email: actor.email }, hasFeed: await hasCalendarFeed(actor.personId) };
};

// Each action checks the same access as the page, before the body is read.
function own(event: RequestEvent) {
  const actor = requireActor(event);
  requireAllowed(event, canAccount(actor, 'edit-own-account'));
  return actor;
}

export const actions = {
  profile: defineAction({
    form: 'profile',
    access: own,
    schema: accountSchema,
    run: ({ access, input }) => updateAccountName(access.personId, input.name),
    done: () => ({ saved: 'profile' })
  }),
  password: defineAction({
    form: 'password',
    access: own,
    schema: passwordFormSchema,
    run: ({ access, input }) => setPassword(access.personId, input.password),
    done: () => ({ saved: 'password' })
  }),
  feed: defineAction({
    access: own,
    run: ({ access }) => renewCalendarFeed(access.personId),
    done: (secret) => ({ feedUrl: `${readEnv().ORIGIN}/kalender/${secret}.ics` })
  }),
  revokeFeed: defineAction({
    access: own,
    run: ({ access }) => revokeCalendarFeed(access.personId),
    done: () => ({ saved: 'revokeFeed' })
  })
} satisfies Actions;
