import { listMergesOf } from '$lib/features/account-merges/data.server';
import { mergeAccounts, mergeFailures } from '$lib/features/account-merges/mutations.server';
import { loadPersonOverview } from '$lib/features/people-admin/data.server';
import {
  deactivateFailures, deactivatePerson, grantCoordinator, grantCoordinatorFailures, reactivateFailures, reactivatePerson,
  revokeCoordinator, revokeCoordinatorFailures
} from '$lib/features/people-admin/mutations.server';
import { deactivateSchema, grantCoordinatorSchema, mergeSchema, revokeCoordinatorSchema } from '$lib/features/people-admin/schema';
import { requireAdministeredPerson } from '$lib/features/people-admin/access.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { person } = await requireAdministeredPerson(event, event.params.person);
  const overview = await loadPersonOverview(person);
  return { ...overview, merges: await listMergesOf(person.id) };
};

const manage = (event: RequestEvent) => requireAdministeredPerson(event, event.params.person);

export const actions = {
  grantCoordinator: defineAction({
    form: 'grantCoordinator', access: manage, schema: grantCoordinatorSchema,
    run: ({ access, input }) => grantCoordinator(access.person, input),
    failures: grantCoordinatorFailures,
    done: (result) => ({ done: 'granted' as const, school: result.schoolName })
  }),
  revokeCoordinator: defineAction({
    form: 'revokeCoordinator', access: manage, schema: revokeCoordinatorSchema,
    run: ({ access, input }) => revokeCoordinator(access.person, input),
    failures: revokeCoordinatorFailures,
    done: (result) => ({ done: 'revoked' as const, school: result.schoolName })
  }),
  deactivate: defineAction({
    form: 'deactivate', access: manage, schema: deactivateSchema,
    run: ({ access }) => deactivatePerson(access.person, access.actor.personId),
    failures: deactivateFailures,
    done: () => ({ done: 'deactivated' as const })
  }),
  reactivate: defineAction({
    form: 'reactivate', access: manage,
    run: ({ access }) => reactivatePerson(access.person),
    failures: reactivateFailures,
    done: () => ({ done: 'reactivated' as const })
  }),
  merge: defineAction({
    form: 'merge', access: manage, schema: mergeSchema,
    run: ({ access, input }) => mergeAccounts(access.person, input.email, access.actor.personId),
    failures: mergeFailures,
    done: (result) => ({ done: 'merged' as const, moved: Object.values(result.moved).reduce((a, b) => a + b, 0) })
  })
} satisfies Actions;
