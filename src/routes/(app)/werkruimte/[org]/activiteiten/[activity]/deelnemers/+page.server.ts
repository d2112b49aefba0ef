import { findRegistrationName, loadParticipantOverview } from '$lib/features/participants/data.server';
import { organiserCancelFailures, participantChangeFailures, setPaid } from '$lib/features/participants/mutations.server';
import { cancelParticipantSchema, paymentSchema } from '$lib/features/participants/schema';
import { cancelAndNotify } from '$lib/features/registrations/mutations.server';
import { defineAction } from '$lib/server/actions';
import { findManagedRegistration, requireParticipants } from '$lib/features/participants/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent, action: 'view' | 'mark-payment' | 'cancel') => requireParticipants(event, event.params.org, event.params.activity, action);

// Live: every request reads the current registrations; nothing may keep a copy of this personal data.
export const load: PageServerLoad = async (event) => {
  const { activity, managed } = await guard(event, 'view');
  event.setHeaders({ 'cache-control': 'private, no-store' });
  return { activity: { title: activity.title, slug: activity.slug, organisationSlug: activity.organisationSlug }, overview: await loadParticipantOverview(managed) };
};

export const actions = {
  payment: defineAction({
    form: 'payment',
    access: (event: RequestEvent) => guard(event, 'mark-payment'),
    schema: paymentSchema,
    run: ({ access, input }) => setPaid(access.managed, input.registrationId, input.paid),
    failures: participantChangeFailures,
    done: (_result, { input }) => ({ saved: 'payment', registrationId: input.registrationId })
  }),
  // On someone's behalf, through the same seat engine as the person's own cancellation: the
  // first in line is promoted, and both are mailed.
  cancel: defineAction({
    form: 'cancel',
    access: (event: RequestEvent) => guard(event, 'cancel'),
    schema: cancelParticipantSchema,
    run: async ({ access, input }) => {
      const person = await findManagedRegistration(access.managed, input.registrationId);
      if (!person) return { ok: false, reason: 'not-found' } as const;
      const result = await cancelAndNotify(person.registration, { byOrganiser: true });
      return result.ok ? { ...result, cancelledName: person.name } : result;
    },
    failures: organiserCancelFailures,
    done: async (result) => ({
      saved: 'cancel', cancelledName: result.cancelledName,
      promotedName: result.promotedRegistrationId ? await findRegistrationName(result.promotedRegistrationId) : null
    })
  })
} satisfies Actions;
