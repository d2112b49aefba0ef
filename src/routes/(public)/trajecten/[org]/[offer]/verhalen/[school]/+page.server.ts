import { error } from '@sveltejs/kit';
import { findPublicStorySchool } from '$lib/features/trajectory-stories/access.server';
import { readPublicStory } from '$lib/features/trajectory-stories/data.server';
import type { PageServerLoad } from './$types';

// Public: a school's story, only while its author's consent and the facilitator's approval stand
// (ADR 048); otherwise it does not exist here. Never cached, so a withdrawal counts at once.
export const load: PageServerLoad = async (event) => {
  const { offer, school } = await findPublicStorySchool(event, event.params.org, event.params.offer, event.params.school);
  const story = await readPublicStory(offer.id, school.id);
  if (!story) error(404);
  event.setHeaders({ 'cache-control': 'no-store' });
  return { offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug, organisationName: offer.organisationName }, story };
};
