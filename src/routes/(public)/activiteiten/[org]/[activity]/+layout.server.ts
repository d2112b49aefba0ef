import { requireActivity } from '$lib/features/activities/access.server';
import { findBrandingBySlug } from '$lib/features/organisations/data.server';
import type { LayoutServerLoad } from './$types';

// Every page of an activity shares its audience rule: 404 outside it (see requireActivity).
export const load: LayoutServerLoad = async (event) => {
  const { activity } = await requireActivity(event, event.params.org, event.params.activity, 'view');
  return {
    activityNav: { organisationSlug: activity.organisationSlug, slug: activity.slug, title: activity.title },
    branding: await findBrandingBySlug(activity.organisationSlug)
  };
};
