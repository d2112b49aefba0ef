import { requireWegwijzer } from '$lib/features/map-wegwijzer/access.server';
import { listRows } from '$lib/features/map-wegwijzer/data.server';
import { posterDensity } from '$lib/features/map-wegwijzer/rules';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import type { PageServerLoad } from './$types';

// The wegwijzer as a one-page A4 poster for the staff room (print CSS): private like the map.
export const load: PageServerLoad = async (event) => {
  const { reader } = await requireWegwijzer(event, event.params.school, 'view');
  const rows = await listRows(reader);
  return { rows, density: posterDensity(rows.length), today: brusselsDateTimeParts(new Date()).date };
};
