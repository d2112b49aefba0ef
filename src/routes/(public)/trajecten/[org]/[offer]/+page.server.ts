import { findPublishedOffer } from '$lib/features/trajectories/access.server';
import { listStartYears } from '$lib/features/trajectories/data.server';
import { listPublicStories, listPublicTestimonials } from '$lib/features/trajectory-stories/data.server';
import { workingSchoolYear } from '$lib/features/calendar/rules';
import type { PageServerLoad } from './$types';

// Public: a published offer with its themes, partners, conditions and the places left per start year.
export const load: PageServerLoad = async (event) => {
  const offer = await findPublishedOffer(event, event.params.org, event.params.offer);
  const [years, stories, testimonials] = await Promise.all([listStartYears(offer.id), listPublicStories(offer.id), listPublicTestimonials(offer.id)]);
  const current = workingSchoolYear(new Date());
  // The approved stories and testimonials (ADR 048) are read on every request: a withdrawal counts at once.
  event.setHeaders({ 'cache-control': 'no-store' });
  return { offer, years, current, canStart: years.some((y) => y.schoolYear >= current && y.taken < y.places), stories, testimonials };
};
