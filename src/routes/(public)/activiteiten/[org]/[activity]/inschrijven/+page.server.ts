import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { seatsLeft } from '$lib/features/activities/api.server';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { findRegistration, findRegistrationForm, listRegisteredByActor, waitingPositionOf } from '$lib/features/registrations/data.server';
import {
  cancelAndNotify, cancelFailures, interestFailures, registerAndNotify, registerFailures, showInterest, updateRegistration
} from '$lib/features/registrations/mutations.server';
import { canRegistration, registrationAbilities } from '$lib/features/registrations/policy';
import { canCancelRegistration, registrationOpen } from '$lib/features/registrations/rules';
import { cancelSchema, interestSchema, personSchema, registrationFormSchema } from '$lib/features/registrations/schema';
import { defineAction } from '$lib/server/actions';
import { requireActivity } from '$lib/features/activities/access.server';
import { requireActor, requireAllowed } from '$lib/server/guards';
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

/** The activity's registration form (its questions, extras and invoice), naming the person it is about. */
async function formSchema<P extends z.ZodType<object>>(activity: { id: string; priceCents: number }, person: P) {
  const { questions, extras, invoiceNeeded } = await findRegistrationForm(activity);
  return registrationFormSchema({ questions, extraIds: extras.map((e) => e.id), invoiceNeeded }, person);
}

/** One's own registration form names oneself, so an empty or forged post registers nobody. */
const selfSchema = (personId: string) => z.object({ personId: z.unknown() })
  .refine((v) => v.personId === personId, { error: errorKey('invalidInput'), path: ['form'] });

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

export const actions = {
  interest: defineAction({
    form: 'interest',
    access: guardRegistering,
    schema: interestSchema,
    run: ({ access }) => showInterest(access.activity.id, access.actor.personId),
    failures: interestFailures,
    done: () => ({ notice: 'interest' as const })
  }),
  register: defineAction({
    form: 'register',
    access: guardRegistering,
    schema: ({ actor, activity }) => formSchema(activity, selfSchema(actor.personId)),
    run: ({ access: { actor, activity }, input: { answers, invoice, extraIds } }) =>
      registerAndNotify(activity.id, actor.personId, { answers, invoice, extraIds, registeredBy: actor.personId }),
    failures: registerFailures,
    done: async (result) => ({ notice: result.status, position: await waitingPositionOf(result.registrationId) })
  }),
  update: defineAction({
    form: 'update',
    access: guardRegistering,
    schema: ({ activity }) => formSchema(activity, personSchema),
    run: async ({ access: { actor, activity, subject }, input: { personId, ...form } }) => {
      const registration = await findRegistration(activity.id, personId);
      if (!registration || !canRegistration(actor, 'change', { activity: subject, personId: registration.personId, registeredBy: registration.registeredBy })) {
        return { ok: false, reason: 'not-found' } as const;
      }
      return updateRegistration(activity.id, registration.personId, form);
    },
    failures: registerFailures,
    done: () => ({ notice: 'updated' as const })
  }),
  cancel: defineAction({
    // One cancel form per person on the page (one's own and each colleague's).
    form: (data) => `cancel-${String(data.get('personId') ?? '')}`,
    access: guard,
    schema: cancelSchema,
    run: async ({ access: { actor, activity, subject }, input }) => {
      const registration = await findRegistration(activity.id, input.personId);
      if (!registration || !canRegistration(actor, 'cancel', { activity: subject, personId: registration.personId, registeredBy: registration.registeredBy })) {
        return { ok: false, reason: 'not-found' } as const;
      }
      const result = await cancelAndNotify(activity.id, registration.personId);
      return result.ok ? { ...result, personId: registration.personId } : result;
    },
    failures: cancelFailures,
    done: async (result, { access: { actor, activity } }) => {
      const self = result.personId === actor.personId;
      const name = self ? null : (await listRegisteredByActor(activity.id, actor.personId)).find((r) => r.personId === result.personId)?.name ?? null;
      return { notice: self ? 'cancelled' as const : 'colleagueCancelled' as const, name };
    }
  })
} satisfies Actions;
