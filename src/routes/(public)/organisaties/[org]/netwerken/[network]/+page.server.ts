import { error } from '@sveltejs/kit';
import { formatSchoolYear, workingSchoolYear } from '$lib/features/calendar/rules';
import { countMembersPerProvince } from '$lib/features/learning-networks/data.server';
import { listPublishedPublicHarvests } from '$lib/features/meetings/data.server';
import { findBrandingBySlug } from '$lib/features/organisations/data.server';
import { listNetworkMembers, listNetworkSchoolYears } from '$lib/features/networks/data.server';
import { networkAbilities } from '$lib/features/networks/policy';
import { schoolYearQuerySchema } from '$lib/features/networks/schema';
import { errorText, issueKey, messagesFor } from '$lib/i18n/messages';
import { requireNetwork } from '$lib/features/networks/access.server';
import { requireContactTarget } from '$lib/features/contact/access.server';
import { newContactTicket, sendContactFailures, sendContactMessage } from '$lib/features/contact/mutations.server';
import { contactMessageSchema } from '$lib/features/contact/schema';
import { requireSubscriptionTarget } from '$lib/features/newsletter-subscriptions/access.server';
import { newSubscriptionTicket, subscribeFailures, subscribeToNewsletter } from '$lib/features/newsletter-subscriptions/mutations.server';
import { subscribeSchema } from '$lib/features/newsletter-subscriptions/schema';
import { defineAction } from '$lib/server/actions';
import { findUmbrella, listContacts, listSubNetworks } from '$lib/features/provincial-networks/data.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { network, ref } = await requireNetwork(event, event.params.org, event.params.network, 'view');
  const requested = schoolYearQuerySchema.safeParse(event.url.searchParams.get('schooljaar') ?? undefined);
  if (!requested.success) error(400, errorText(messagesFor(event.locals.locale), issueKey(requested.error.issues[0]?.message)));
  const years = await listNetworkSchoolYears(network.id);
  // The working school year's members, or the latest year before it that has any.
  const working = workingSchoolYear(new Date());
  const selectedYear = requested.data ?? years.filter((y) => y <= working).at(-1) ?? years.at(-1) ?? null;
  const [members, chart, harvests, branding, contactTicket, subscriptionTicket, subNetworks, umbrella, contacts] = await Promise.all([
    selectedYear === null ? [] : listNetworkMembers(network.id, selectedYear),
    countMembersPerProvince(network.id),
    listPublishedPublicHarvests(network.id),
    findBrandingBySlug(network.organisationSlug),
    network.isPublic ? newContactTicket() : null,
    network.isPublic ? newSubscriptionTicket() : null,
    listSubNetworks(ref), findUmbrella(ref), listContacts([network.id])
  ]);
  return {
    network,
    years: years.map((y) => ({ startYear: y, label: formatSchoolYear(y) })),
    selectedYear: selectedYear === null ? null : formatSchoolYear(selectedYear),
    members,
    chart,
    harvests: harvests.map((h) => ({ ...h, yearLabel: formatSchoolYear(h.schoolYear) })),
    branding,
    contactTicket,
    subscriptionTicket,
    // Provincial networks under an umbrella (ADR 052).
    subNetworks, umbrella, contacts: contacts.get(network.id) ?? [],
    abilities: networkAbilities(event.locals.actor, network)
  };
};

// A public network's page carries the contact form (ADR 053) and the organisation's newsletter form
// (ADR 057); a network that is not public takes neither.
export const actions = {
  contact: defineAction({
    form: 'contact',
    access: (event: RequestEvent) => requireContactTarget(event, event.params.org, event.params.network),
    schema: contactMessageSchema,
    run: ({ event, access, input }) => sendContactMessage(access, input, event.getClientAddress(), event.locals.locale),
    failures: sendContactFailures,
    done: () => ({ contactSent: true })
  }),
  subscribe: defineAction({
    form: 'subscribe',
    access: (event: RequestEvent) => requireSubscriptionTarget(event, event.params.org, event.params.network),
    schema: subscribeSchema,
    run: ({ event, access, input }) => subscribeToNewsletter(access, input, event.getClientAddress()),
    failures: subscribeFailures,
    done: () => ({ subscribeSent: true })
  })
} satisfies Actions;
