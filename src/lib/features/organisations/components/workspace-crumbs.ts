// The breadcrumb of an organisation's own workspace pages: the workspace, then the organisation;
// a page below adds its own crumb after these.
import type { Crumb } from '$lib/components/ui/Breadcrumb.svelte';
import type { Messages } from '$lib/i18n/messages';

export function organisationCrumbs(m: Messages, organisation: { slug: string; name: string }): Crumb[] {
  return [{ label: m.workspace.title, href: '/werkruimte' }, { label: organisation.name, href: `/werkruimte/${organisation.slug}` }];
}
