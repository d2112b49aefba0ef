import { z } from 'zod';
import { seatsLeft } from '$lib/features/activities/api.server';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { findRegistration, findRegistrationForm, listRegisteredByActor, waitingPositionOf } from '$lib/features/registrations/data.server';
import { cancelAndNotify, registerAndNotify, showInterest, updateRegistration } from '$lib/features/registrations/mutations.server';
import { canRegistration, registrationAbilities } from '$lib/features/registrations/policy';
import { canCancelRegistration, registrationOpen } from '$lib/features/registrations/rules';
import { cancelSchema, interestSchema, personSchema, readRegistrationForm, registerFailures } from '$lib/features/registrations/schema';
import { fieldFail, formFail, formValues, parseForm } from '$lib/server/forms';
import { requireActivity, requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Registering is for signed-in people of the activity's audience: visitors are sent to sign in,
// outsiders of a network's or a school's activity get 404 (requireActivity). Someone who left the
// audience while holding a registration still gets this page, to cancel it, and nothing else.
// Registering a colleague is its own step (./collega), so this page stays about one's own.
async function guard(event: RequestEvent) {
  const { activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'own');
  const actor = requireActor(event);
  return { actor, activity, subject };
}

/** Registering, showing interest and changing answers: only for the activity's audience. */
async function guardRegistering(event: RequestEvent) {
  const guarded = await guard(event);
  requireAllowed(event, canRegistration(guarded.actor, 'register-self', { activity: guarded.subject }));
  return guarded;
}

async function readForm(activity: { id: string; priceCents: number }, data: FormData) {
  const { questions, extras, invoiceNeeded } = await findRegistrationForm(activity);
  return readRegistrationForm(data, { questions, extraIds: extras.map((e) => e.id), invoiceNeeded });
}

/** The stored registration as form values, to pre-fill the change form. */
function storedValues(registration: NonNullable<Awaited<ReturnType<typeof findRegistration>>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [id, answer] of Object.entries(registration.answers)) values[`q_${id}`] = answer;
  for (const e of registration.extras) values[`extra_${e.extraId}`] = 'on';
  const inv = registration.invoice;
  Object.assign(values, { invoiceType: inv.type ?? '', invoiceName: inv.name ?? '', enterpriseNumber: inv.enterpriseNumber ?? '', reference: inv.reference ?? '', invoiceEmail: inv.email ?? '' });
  return values;
}

export const load: PageServerLoad = async (event) => {
  const { actor, activity, subject } = await guard(event);
  const now = new Date();
  const registration = await findRegistration(activity.id, actor.personId);
  const abilities = registrationAbilities(actor, {
    activity: subject, status: registration?.status ?? null, registrationDeadline: activity.registrationDeadline, startsAt: activity.startsAt
  }, now);
  // Colleagues one registered are one's to manage only while in the audience (canRegistration).
  const registeredByMe = abilities.manageColleagues ? await listRegisteredByActor(activity.id, actor.personId) : [];
  // The colleague step ends here (?collega=<id>) with a GET, so a reload registers nobody twice.
  const colleagueId = z.uuid().safeParse(event.url.searchParams.get('collega'));
  const justRegistered = colleagueId.success ? registeredByMe.find((r) => r.personId === colleagueId.data) ?? null : null;
  return {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug, full: seatsLeft(activity) === 0,
      deadline: brusselsDateTimeParts(activity.registrationDeadline).date, open: registrationOpen(activity.registrationDeadline, now) },
    me: {
      personId: actor.personId, status: registration?.status ?? null, position: registration?.position ?? null,
      registeredByName: registration && registration.registeredBy !== actor.personId ? registration.registeredByName : null,
      values: registration ? storedValues(registration) : {}, held: registration?.extras.map((e) => e.extraId) ?? []
    },
    abilities,
    registeredByMe: registeredByMe.map((r) => ({ ...r, canCancel: canCancelRegistration(r.status, activity.startsAt, now) })),
    colleagueNotice: justRegistered && (justRegistered.status === 'registered' || justRegistered.status === 'waiting')
      ? { name: justRegistered.name, status: justRegistered.status, position: justRegistered.position } : null
  };
};

export const actions: Actions = {
  interest: async (event) => {
    const { actor, activity } = await guardRegistering(event);
    const data = await event.request.formData();
    const parsed = parseForm(interestSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'interest');
    if (!registrationOpen(activity.registrationDeadline, new Date())) return fieldFail(409, 'form', 'registrationClosed', data, 'interest');
    const result = await showInterest(activity.id, actor.personId);
    if (!result.ok) return fieldFail(409, 'form', 'registrationAlreadyRegistered', data, 'interest');
    return { notice: 'interest' as const };
  },
  register: async (event) => {
    const { actor, activity } = await guardRegistering(event);
    const data = await event.request.formData();
    // The form names the person it registers (the actor), so an empty post registers nobody.
    const person = parseForm(personSchema, data);
    const form = await readForm(activity, data);
    if (!person.ok || !form.ok || person.data.personId !== actor.personId) {
      const errors = { ...(form.ok ? {} : form.failure.errors), ...(person.ok && person.data.personId === actor.personId ? {} : { form: 'invalidInput' }) };
      return formFail(400, { errors, values: formValues(data) }, 'register');
    }
    const result = await registerAndNotify(activity.id, actor.personId, { ...form.input, registeredBy: actor.personId });
    if (!result.ok) {
      const [status, field, key] = registerFailures[result.reason];
      return fieldFail(status, field, key, data, 'register');
    }
    return { notice: result.status, position: await waitingPositionOf(result.registrationId) };
  },
  update: async (event) => {
    const { actor, activity, subject } = await guardRegistering(event);
    const data = await event.request.formData();
    const person = parseForm(personSchema, data);
    if (!person.ok) return formFail(400, person.failure, 'update');
    const form = await readForm(activity, data);
    if (!form.ok) return formFail(400, form.failure, 'update');
    const registration = await findRegistration(activity.id, person.data.personId);
    if (!registration || !canRegistration(actor, 'change', { activity: subject, personId: registration.personId, registeredBy: registration.registeredBy })) {
      return fieldFail(404, 'form', 'registrationNotFound', data, 'update');
    }
    const result = await updateRegistration(activity.id, registration.personId, form.input);
    if (!result.ok) {
      const [status, field, key] = registerFailures[result.reason];
      return fieldFail(status, field, key, data, 'update');
    }
    return { notice: 'updated' as const };
  },
  cancel: async (event) => {
    const { actor, activity, subject } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(cancelSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, `cancel-${String(data.get('personId') ?? '')}`);
    const registration = await findRegistration(activity.id, parsed.data.personId);
    if (!registration || !canRegistration(actor, 'cancel', { activity: subject, personId: registration.personId, registeredBy: registration.registeredBy })) {
      return fieldFail(404, 'form', 'registrationNotFound', data, `cancel-${parsed.data.personId}`);
    }
    const result = await cancelAndNotify(activity.id, registration.personId);
    if (!result.ok) {
      const key = result.reason === 'started' ? 'registrationStarted' : 'registrationNotFound';
      return fieldFail(result.reason === 'started' ? 409 : 404, 'form', key, data, `cancel-${parsed.data.personId}`);
    }
    const self = registration.personId === actor.personId;
    const name = self ? null : (await listRegisteredByActor(activity.id, actor.personId)).find((r) => r.personId === registration.personId)?.name ?? null;
    return { notice: self ? 'cancelled' as const : 'colleagueCancelled' as const, name };
  }
};
