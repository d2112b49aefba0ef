import { workingSchoolYear } from '$lib/features/calendar/rules';
import { findSnapshots, listSnapshotYears } from '$lib/features/network-map/data.server';
import { requireMap, requireMapManager } from '$lib/features/network-map/access.server';
import { keepSnapshot, shareFailures } from '$lib/features/network-map/mutations.server';
import { changedLinks } from '$lib/features/map-drawing/rules';
import { yearDifference } from '$lib/features/network-map/rules';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The map per school year: the years kept, and the newest against the year before it.
export const load: PageServerLoad = async (event) => {
  const { reader, facts, abilities } = await requireMap(event, event.params.school, 'view');
  const years = facts.started ? await listSnapshotYears(reader) : [];
  const newest = years[0];
  const snapshots = newest !== undefined ? await findSnapshots(reader, [newest, newest - 1]) : new Map();
  const before = newest !== undefined ? snapshots.get(newest - 1) : undefined;
  const now = newest !== undefined ? snapshots.get(newest) : undefined;
  return {
    started: facts.started, years, workingYear: workingSchoolYear(new Date()), newest: newest ?? null,
    difference: now && before ? yearDifference(now, before) : null,
    drawn: now && before ? changedLinks(now, before) : [],
    abilities
  };
};

export const actions = {
  keep: defineAction({
    form: 'keep',
    access: (event: RequestEvent) => requireMapManager(event, event.params.school),
    run: ({ access }) => keepSnapshot(access.manager, workingSchoolYear(new Date())),
    failures: shareFailures,
    done: () => ({ saved: 'kept' })
  })
} satisfies Actions;
