import { listMapStaff, listShareTargets } from '$lib/features/network-map/data.server';
import { requireMapManager } from '$lib/features/network-map/access.server';
import { addKeeper, removeKeeper, setCountsInPeers, shareFailures, shareMap, unshareMap } from '$lib/features/network-map/mutations.server';
import { keeperChoiceSchema, organisationChoiceSchema, peersSchema } from '$lib/features/network-map/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const access = (event: RequestEvent) => requireMapManager(event, event.params.school);

// Whom the map is shown to and who keeps it: the school's coordinators decide (private by default).
export const load: PageServerLoad = async (event) => {
  const { manager, facts } = await access(event);
  const [organisations, staff] = await Promise.all([listShareTargets(), listMapStaff(manager)]);
  return { facts, organisations, staff: staff.filter((s) => s.access === 'staff') };
};

export const actions = {
  share: defineAction({
    form: 'share', access, schema: organisationChoiceSchema,
    run: ({ access, input }) => shareMap(access.manager, input.organisationId),
    failures: shareFailures, done: () => ({ saved: 'shared' })
  }),
  unshare: defineAction({
    form: 'unshare', access, schema: organisationChoiceSchema,
    run: ({ access, input }) => unshareMap(access.manager, input.organisationId),
    done: () => ({ saved: 'unshared' })
  }),
  peers: defineAction({
    form: 'peers', access, schema: peersSchema,
    run: ({ access, input }) => setCountsInPeers(access.manager, input.countsInPeers),
    failures: shareFailures, done: () => ({ saved: 'peers' })
  }),
  addKeeper: defineAction({
    form: 'addKeeper', access, schema: keeperChoiceSchema,
    run: ({ access, input }) => addKeeper(access.manager, input.personId),
    failures: shareFailures, done: () => ({ saved: 'keeperAdded' })
  }),
  removeKeeper: defineAction({
    form: 'removeKeeper', access, schema: keeperChoiceSchema,
    run: ({ access, input }) => removeKeeper(access.manager, input.personId),
    done: () => ({ saved: 'keeperRemoved' })
  })
} satisfies Actions;
