import { formatSchoolYear, workingSchoolYear } from '$lib/features/calendar/rules';
import { requireKitNetwork } from '$lib/features/communication-kit/access.server';
import { listNetworkKits } from '$lib/features/communication-kit/data.server';
import { kitYears } from '$lib/features/communication-kit/rules';
import type { PageServerLoad } from './$types';

// The network's kits per school year (ADR 059): its organisation's facilitators and its moderators.
export const load: PageServerLoad = async (event) => {
  const { network, kitNetwork, abilities } = await requireKitNetwork(event, event.params.org, event.params.network);
  const { kits, memberYears } = await listNetworkKits(kitNetwork);
  const working = workingSchoolYear(new Date());
  const byYear = new Map(kits.map((k) => [k.schoolYear, k]));
  return {
    network: { name: network.name, slug: network.slug },
    years: kitYears(memberYears, kits.map((k) => k.schoolYear), working).map((year) => ({
      label: formatSchoolYear(year), files: byYear.get(year)?.files ?? 0, texts: byYear.get(year)?.texts ?? 0, working: year === working
    })),
    abilities
  };
};
