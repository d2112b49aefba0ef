import { requireKeeperHandover } from '$lib/features/map-wegwijzer/access.server';
import { listOrphanedKeepers, listTeam } from '$lib/features/map-wegwijzer/data.server';
import { endKeeperDuty, handOverKeeper, handoverFailures } from '$lib/features/map-wegwijzer/mutations.server';
import { keeperDutyEndSchema, keeperHandoverSchema } from '$lib/features/map-wegwijzer/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const access = (event: RequestEvent) => requireKeeperHandover(event, event.params.school);

// Map keepers who left the school's team: a coordinator names a successor or closes the duty.
export const load: PageServerLoad = async (event) => {
  const { handover } = await access(event);
  const [orphaned, team] = await Promise.all([listOrphanedKeepers(handover), listTeam(handover)]);
  return { orphaned, staff: team.filter((s) => s.access === 'staff') };
};

export const actions = {
  handOver: defineAction({
    form: 'handOver', access, schema: keeperHandoverSchema,
    run: ({ access, input }) => handOverKeeper(access.handover, input.leftPersonId, input.personId),
    failures: handoverFailures, done: () => ({ saved: 'handedOver' })
  }),
  end: defineAction({
    form: 'end', access, schema: keeperDutyEndSchema,
    run: ({ access, input }) => endKeeperDuty(access.handover, input.leftPersonId),
    failures: handoverFailures, done: () => ({ saved: 'ended' })
  })
} satisfies Actions;
