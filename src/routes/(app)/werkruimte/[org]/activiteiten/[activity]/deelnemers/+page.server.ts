import { loadParticipantOverview } from '$lib/features/participants/data.server';
import { setPaid } from '$lib/features/participants/mutations.server';
import { canParticipants } from '$lib/features/participants/policy';
import { paymentSchema } from '$lib/features/participants/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireManagedActivity } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: 'view' | 'mark-payment') {
  const managed = await requireManagedActivity(event, event.params.org, event.params.activity);
  requireAllowed(event, canParticipants(managed.actor, action, managed.activity));
  return managed;
}

// Live: every request reads the current registrations; nothing may keep a copy of this personal data.
export const load: PageServerLoad = async (event) => {
  const { activity } = await guard(event, 'view');
  event.setHeaders({ 'cache-control': 'private, no-store' });
  return { activity: { title: activity.title, slug: activity.slug, organisationSlug: activity.organisationSlug }, overview: await loadParticipantOverview(activity.id) };
};

export const actions: Actions = {
  payment: async (event) => {
    const { activity } = await guard(event, 'mark-payment');
    const data = await event.request.formData();
    const parsed = parseForm(paymentSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'payment');
    const result = await setPaid(activity.id, parsed.data.registrationId, parsed.data.paid);
    if (!result.ok) {
      return result.reason === 'not-found'
        ? fieldFail(404, 'form', 'participantsRegistrationNotFound', data, 'payment')
        : fieldFail(409, 'form', 'participantsNotSeated', data, 'payment');
    }
    return { saved: 'payment', registrationId: parsed.data.registrationId };
  }
};
