import { requireManagedActivity } from '$lib/features/activities/access.server';
import type { LayoutServerLoad } from './$types';

// The organiser's pages of one activity; each page and action guards itself the same way.
export const load: LayoutServerLoad = async (event) => {
  const { activity } = await requireManagedActivity(event, event.params.org, event.params.activity);
  return { managedActivity: { organisationSlug: activity.organisationSlug, slug: activity.slug, title: activity.title, kind: activity.kind } };
};
