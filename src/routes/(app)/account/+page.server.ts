import { hasCalendarFeed } from '$lib/features/meetings/data.server';
import { renewCalendarFeed, revokeCalendarFeed } from '$lib/features/meetings/mutations.server';
import { setPassword, updateAccountName } from '$lib/features/people/mutations.server';
import { readEnv } from '$lib/server/env';
import { accountSchema, newPasswordSchema } from '$lib/features/people/schema';
import { defineAction } from '$lib/server/actions';
import { requireOwnAccount } from '$lib/features/people/access.server';
import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const passwordFormSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: errorKey('passwordMismatch'), path: ['confirm'] });

export const load: PageServerLoad = async (event) => {
  const { actor, account } = requireOwnAccount(event, 'edit-own-account');
  return { person: { name: actor.name, email: actor.email }, hasFeed: await hasCalendarFeed(account) };
};

// Each action checks the same access as the page, before the body is read.
const own = (event: RequestEvent) => requireOwnAccount(event, 'edit-own-account').account;

export const actions = {
  profile: defineAction({
    form: 'profile',
    access: own,
    schema: accountSchema,
    run: ({ access, input }) => updateAccountName(access, input.name),
    done: () => ({ saved: 'profile' })
  }),
  password: defineAction({
    form: 'password',
    access: own,
    schema: passwordFormSchema,
    run: ({ access, input }) => setPassword(access, input.password),
    done: () => ({ saved: 'password' })
  }),
  feed: defineAction({
    access: own,
    run: ({ access }) => renewCalendarFeed(access),
    done: (secret) => ({ feedUrl: `${readEnv().ORIGIN}/kalender/${secret}.ics` })
  }),
  revokeFeed: defineAction({
    access: own,
    run: ({ access }) => revokeCalendarFeed(access),
    done: () => ({ saved: 'revokeFeed' })
  })
} satisfies Actions;
