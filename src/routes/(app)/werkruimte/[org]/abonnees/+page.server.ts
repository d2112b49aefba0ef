import { requireSubscribers } from '$lib/features/newsletter-subscriptions/access.server';
import { countSubscribers, searchSubscribers } from '$lib/features/newsletter-subscriptions/data.server';
import { removeSubscriber, removeSubscriberFailures } from '$lib/features/newsletter-subscriptions/mutations.server';
import { removeSubscriberSchema, subscribersSearchSchema } from '$lib/features/newsletter-subscriptions/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The organisation's newsletter subscribers (ADR 057): its facilitators see the counts and a
// searchable, paged list, and remove someone (which unsubscribes them, kept in the audit).
export const load: PageServerLoad = async (event) => {
  const { organisationId } = await requireSubscribers(event, event.params.org, 'view-subscribers');
  const params = event.url.searchParams;
  const filter = subscribersSearchSchema.parse({ q: params.get('q') ?? '', status: params.get('status') ?? undefined, pagina: params.get('pagina') ?? '1' });
  const [counts, list] = await Promise.all([countSubscribers(organisationId), searchSubscribers(organisationId, filter)]);
  return { filter: { q: filter.q, status: filter.status ?? '' }, counts, ...list };
};

export const actions = {
  remove: defineAction({
    form: 'remove',
    access: (event: RequestEvent) => requireSubscribers(event, event.params.org, 'remove-subscriber'),
    schema: removeSubscriberSchema,
    run: ({ access, input }) => removeSubscriber(access.organisationId, input.subscriptionId, access.actor.personId),
    failures: removeSubscriberFailures,
    done: () => ({ removed: true })
  })
} satisfies Actions;
