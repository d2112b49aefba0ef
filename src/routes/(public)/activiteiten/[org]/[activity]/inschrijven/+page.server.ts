import { fail } from '@sveltejs/kit';
import { euros, seatsLeft } from '$lib/features/activities/api.server';
import { listExtras, listQuestions } from '$lib/features/activities/data.server';
import { canActivity } from '$lib/features/activities/policy';
import { brusselsDateTimeParts } from '$lib/features/meetings/rules';
import { findRegistration, listEligibleColleagues, listRegisteredByActor, waitingPositionOf } from '$lib/features/registrations/data.server';
import { cancelAndNotify, registerAndNotify, showInterest, updateRegistration } from '$lib/features/registrations/mutations.server';
import { canRegistration } from '$lib/features/registrations/policy';
import { canCancelRegistration, canChangeRegistration, extraCost, extraSeatsLeft, needsInvoice, registrationOpen } from '$lib/features/registrations/rules';
import { cancelSchema, colleagueSchema, interestSchema, personSchema, readRegistrationForm } from '$lib/features/registrations/schema';
import { messagesFor } from '$lib/i18n/messages';
import { fieldFail, formFail, parseForm, type FormFailure } from '$lib/server/forms';
import { requireActivity, requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Registering is for signed-in people of the activity's audience: visitors are sent to sign in,
// outsiders of a network's or a school's activity get 404 (requireActivity). Someone who left the
// audience while holding a registration still gets this page, to cancel it, and nothing else.
async function guard(event: RequestEvent) {
  const { activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'own');
  const actor = requireActor(event);
  return { actor, activity, subject, mayRegister: canActivity(actor, 'register', subject) };
}

/** Registering, showing interest and changing answers: only for the activity's audience. */
async function guardRegistering(event: RequestEvent) {
  const guarded = await guard(event);
  requireAllowed(event, guarded.mayRegister);
  return guarded;
}

type Guarded = Awaited<ReturnType<typeof guard>>;

async function formContext(activity: Guarded['activity']) {
  const [questions, extras] = await Promise.all([listQuestions(activity.id), listExtras(activity.id)]);
  return { questions, extras, invoiceNeeded: needsInvoice(activity, extras) };
}

async function readForm(activity: Guarded['activity'], data: FormData) {
  const { questions, extras, invoiceNeeded } = await formContext(activity);
  return readRegistrationForm(data, { questions, extraIds: extras.map((e) => e.id), invoiceNeeded });
}

function submitted(data: FormData): Record<string, string> {
  return Object.fromEntries([...data.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
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
  const { actor, activity, subject, mayRegister } = await guard(event);
  const now = new Date();
  const [{ questions, extras, invoiceNeeded }, registration, colleagues, registeredByMe] = await Promise.all([
    formContext(activity), findRegistration(activity.id, actor.personId),
    listEligibleColleagues(actor.personId, activity), listRegisteredByActor(activity.id, actor.personId)
  ]);
  const open = registrationOpen(activity.registrationDeadline, now);
  const status = registration?.status ?? null;
  const label = new Map(questions.map((q) => [q.id, q.label]));
  const m = messagesFor(event.locals.locale).registrations;
  return {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug, full: seatsLeft(activity) === 0,
      deadline: brusselsDateTimeParts(activity.registrationDeadline).date, open },
    questions: questions.map((q) => ({ ...q, dependsOn: q.dependsOnQuestionId ? { label: label.get(q.dependsOnQuestionId) ?? '', answer: q.dependsOnAnswer ?? '' } : null })),
    extras: extras.map((e) => ({ id: e.id, title: e.title, cost: extraCost(e), price: euros(e.priceCents), left: extraSeatsLeft(e) })),
    invoiceIntro: !invoiceNeeded ? null : activity.priceCents > 0 ? m.invoiceIntro(`€ ${euros(activity.priceCents)}`) : m.invoiceIntroExtras,
    me: {
      personId: actor.personId, status, position: registration?.position ?? null,
      registeredByName: registration && registration.registeredBy !== actor.personId ? registration.registeredByName : null,
      values: registration ? storedValues(registration) : {}, held: registration?.extras.map((e) => e.extraId) ?? []
    },
    defaults: { invoiceType: actor.schools.length > 0 ? 'school' : '', invoiceName: actor.schools[0]?.name ?? '' },
    canRegister: mayRegister && open && (status === null || status === 'interest' || status === 'cancelled'),
    canChange: mayRegister && canChangeRegistration(status, activity.registrationDeadline, now),
    canCancel: canCancelRegistration(status, activity.startsAt, now),
    canColleague: mayRegister && open && colleagues.length > 0 && canRegistration(actor, 'register-colleague', { activity: subject, sameSchool: true }),
    colleagues: colleagues.map((c) => ({ personId: c.personId, label: `${c.name} (${c.schoolName})` })),
    // Colleagues one registered are one's to manage only while in the audience (canRegistration).
    registeredByMe: mayRegister ? registeredByMe.map((r) => ({ ...r, canCancel: canCancelRegistration(r.status, activity.startsAt, now) })) : []
  };
};

const registerFailures = {
  closed: [409, 'form', 'registrationClosed'],
  'already-registered': [409, 'form', 'registrationAlreadyRegistered'],
  'extra-full': [409, 'extras', 'registrationExtraFull'],
  'unknown-extra': [400, 'extras', 'registrationExtraUnknown'],
  'not-found': [404, 'form', 'registrationNotFound']
} as const;

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
      return formFail(400, { errors, values: submitted(data) }, 'register');
    }
    const result = await registerAndNotify(activity.id, actor.personId, { ...form.input, registeredBy: actor.personId });
    if (!result.ok) {
      const [status, field, key] = registerFailures[result.reason];
      return fieldFail(status, field, key, data, 'register');
    }
    return { notice: result.status, position: await waitingPositionOf(result.registrationId) };
  },
  registerColleague: async (event) => {
    const { actor, activity, subject } = await guardRegistering(event);
    const data = await event.request.formData();
    const person = parseForm(colleagueSchema, data);
    const form = await readForm(activity, data);
    if (!person.ok || !form.ok) {
      const errors = { ...(form.ok ? {} : form.failure.errors), ...(person.ok ? {} : person.failure.errors) };
      return formFail(400, { errors, values: submitted(data) }, 'colleague');
    }
    // Only a colleague of the actor's own school who is in the activity's audience (policy: sameSchool).
    const colleague = (await listEligibleColleagues(actor.personId, activity)).find((c) => c.personId === person.data.colleagueId);
    if (!canRegistration(actor, 'register-colleague', { activity: subject, sameSchool: !!colleague }) || !colleague) {
      const refused: FormFailure = { errors: { colleagueId: 'registrationColleagueNotAllowed' }, values: submitted(data), form: 'colleague' };
      return fail(403, refused);
    }
    const result = await registerAndNotify(activity.id, colleague.personId, { ...form.input, registeredBy: actor.personId });
    if (!result.ok) {
      const [status, field, key] = result.reason === 'already-registered' ? [409, 'colleagueId', 'registrationColleagueAlreadyRegistered'] as const : registerFailures[result.reason];
      return fieldFail(status, field, key, data, 'colleague');
    }
    return { notice: result.status === 'registered' ? 'colleagueRegistered' as const : 'colleagueWaiting' as const,
      name: colleague.name, position: await waitingPositionOf(result.registrationId) };
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
