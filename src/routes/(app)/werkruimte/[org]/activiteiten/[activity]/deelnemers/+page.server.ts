import { findCancellableRegistration, findRegistrationName, loadParticipantOverview } from '$lib/features/participants/data.server';
import { setPaid } from '$lib/features/participants/mutations.server';
import { canParticipants } from '$lib/features/participants/policy';
import { cancelParticipantSchema, paymentSchema } from '$lib/features/participants/schema';
import { cancelAndNotify } from '$lib/features/registrations/mutations.server';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireAllowed, requireManagedActivity } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: 'view' | 'mark-payment' | 'cancel') {
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
  },
  // On someone's behalf, through the same seat engine as the person's own cancellation: the
  // first in line is promoted, and both are mailed.
  cancel: async (event) => {
    const { activity } = await guard(event, 'cancel');
    const data = await event.request.formData();
    const parsed = parseForm(cancelParticipantSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'cancel');
    const person = await findCancellableRegistration(activity.id, parsed.data.registrationId);
    if (!person) return fieldFail(404, 'form', 'participantsRegistrationNotFound', data, 'cancel');
    const result = await cancelAndNotify(activity.id, person.personId, { byOrganiser: true });
    if (!result.ok) {
      return result.reason === 'started'
        ? fieldFail(409, 'form', 'participantsCancelStarted', data, 'cancel')
        : fieldFail(404, 'form', 'participantsRegistrationNotFound', data, 'cancel');
    }
    const promoted = result.promotedRegistrationId ? await findRegistrationName(result.promotedRegistrationId) : null;
    return { saved: 'cancel', cancelledName: person.name, promotedName: promoted };
  }
};
