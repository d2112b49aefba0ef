import { findPublishedOffer } from '$lib/features/trajectories/access.server';
import { listStartYears } from '$lib/features/trajectories/data.server';
import { workingSchoolYear } from '$lib/features/calendar/rules';
import type { PageServerLoad } from './$types';

// Public: a published offer with its themes, partners, conditions and the places left per start year.
export const load: PageServerLoad = async (event) => {
  const offer = await findPublishedOffer(event, event.params.org, event.params.offer);
  const years = await listStartYears(offer.id);
  const current = workingSchoolYear(new Date());
  return { offer, years, current, canStart: years.some((y) => y.schoolYear >= current && y.taken < y.places) };
};
