// The breadcrumb of a network's workspace pages: the workspace, the organisation, its networks,
// the network; a page below adds its own crumbs after these.
import type { Crumb } from '$lib/components/ui/Breadcrumb.svelte';
import type { Messages } from '$lib/i18n/messages';

export function networkCrumbs(m: Messages, organisation: { slug: string; name: string }, network: { slug: string; name: string }): Crumb[] {
  const org = `/werkruimte/${organisation.slug}`;
  return [
    { label: m.workspace.title, href: '/werkruimte' },
    { label: organisation.name, href: org },
    { label: m.workspace.networks, href: `${org}/netwerken` },
    { label: network.name, href: `${org}/netwerken/${network.slug}` }
  ];
}
