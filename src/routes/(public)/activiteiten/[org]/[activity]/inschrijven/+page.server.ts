import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { seatsLeft } from '$lib/features/activities/api.server';
import { findRegistration, findRegistrationForm, listRegisteredByActor, waitingPositionOf } from '$lib/features/registrations/data.server';
import {
  cancelAndNotify, cancelFailures, interestFailures, registerAndNotify, registerFailures, showInterest, updateRegistration
} from '$lib/features/registrations/mutations.server';
import { registrationAbilities } from '$lib/features/registrations/policy';
import { registrationOpen, storedFormValues } from '$lib/features/registrations/rules';
import { cancelSchema, interestSchema, personSchema, registrationFormSchema } from '$lib/features/registrations/schema';
import { defineAction } from '$lib/server/actions';
import { findPairValues } from '$lib/features/municipalities/data.server';
import { findOwnRegistration, requireRegistering, requireRegistrationPage } from '$lib/features/registrations/access.server';
import type { ActivityHandle } from '$lib/features/activities/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Registering is for signed-in people of the activity's audience: visitors are sent to sign in,
// outsiders of a network's or a school's activity get 404 (requireActivity). Someone who left the
// audience while holding a registration still gets this page, to cancel it, and nothing else.
// Registering a colleague is its own step (./collega), so this page stays about one's own.
const guard = (event: RequestEvent) => requireRegistrationPage(event, event.params.org, event.params.activity);

/** Registering, showing interest and changing answers: only for the activity's audience. */
const guardRegistering = (event: RequestEvent) => requireRegistering(event, event.params.org, event.params.activity);

/** The activity's registration form (its questions, extras and invoice), naming the person it is about. */
async function formSchema<P extends z.ZodType<object>>(handle: ActivityHandle, activity: { priceCents: number; municipalPairs: boolean }, person: P) {
  const { questions, extras, invoiceNeeded, pairs } = await findRegistrationForm(handle, activity);
  return registrationFormSchema({ questions, extraIds: extras.map((e) => e.id), invoiceNeeded, pairs }, person);
}

/** One's own registration form names oneself, so an empty or forged post registers nobody. */
const selfSchema = (personId: string) => z.object({ personId: z.unknown() })
  .refine((v) => v.personId === personId, { error: errorKey('invalidInput'), path: ['form'] });

/** The stored registration as form values, to pre-fill the change form. */
async function storedValues(registration: NonNullable<Awaited<ReturnType<typeof findRegistration>>>): Promise<Record<string, string>> {
  return storedFormValues({ ...registration, extraIds: registration.extras.map((e) => e.extraId) }, await findPairValues(registration.id));
}

export const load: PageServerLoad = async (event) => {
  const { actor, activity, subject, visible } = await guard(event);
  const now = new Date();
  const registration = await findRegistration(visible, actor.personId);
  const situation = { activity: subject, status: registration?.status ?? null, registrationDeadline: activity.registrationDeadline, startsAt: activity.startsAt };
  const abilities = registrationAbilities(actor, situation, now);
  // Colleagues one registered are one's to manage only while in the audience (canRegistration).
  const registeredByMe = abilities.manageColleagues ? await listRegisteredByActor(visible, actor.personId) : [];
  // The colleague step ends here (?collega=<id>) with a GET, so a reload registers nobody twice.
  const colleagueId = z.uuid().safeParse(event.url.searchParams.get('collega'));
  const justRegistered = colleagueId.success ? registeredByMe.find((r) => r.personId === colleagueId.data) ?? null : null;
  return {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug, full: seatsLeft(activity) === 0,
      deadline: activity.registrationDeadline, open: registrationOpen(activity.registrationDeadline, now) },
    me: {
      personId: actor.personId, status: registration?.status ?? null, position: registration?.position ?? null,
      registeredByName: registration && registration.registeredBy !== actor.personId ? registration.registeredByName : null,
      values: registration ? await storedValues(registration) : {}, held: registration?.extras.map((e) => e.extraId) ?? []
    },
    abilities,
    // The same abilities, about the registration one made for the colleague.
    registeredByMe: registeredByMe.map((r) => ({ ...r, canCancel: registrationAbilities(actor, { ...situation, status: r.status }, now).cancel })),
    colleagueNotice: justRegistered && (justRegistered.status === 'registered' || justRegistered.status === 'waiting')
      ? { name: justRegistered.name, status: justRegistered.status, position: justRegistered.position } : null
  };
};

export const actions = {
  interest: defineAction({
    form: 'interest',
    access: guardRegistering,
    schema: interestSchema,
    run: ({ access }) => showInterest(access.self),
    failures: interestFailures,
    done: () => ({ notice: 'interest' as const })
  }),
  register: defineAction({
    form: 'register',
    access: guardRegistering,
    schema: ({ actor, activity, visible }) => formSchema(visible, activity, selfSchema(actor.personId)),
    run: ({ access: { self }, input: { answers, invoice, extraIds, pair } }) => registerAndNotify(self, { answers, invoice, extraIds, pair }),
    failures: registerFailures,
    done: async (result) => ({ notice: result.status, position: await waitingPositionOf(result.registrationId) })
  }),
  update: defineAction({
    form: 'update',
    access: guardRegistering,
    schema: ({ activity, visible }) => formSchema(visible, activity, personSchema),
    run: async ({ access, input: { personId, ...form } }) => {
      const registration = await findOwnRegistration(access, personId, 'change');
      return registration ? updateRegistration(registration, form) : ({ ok: false, reason: 'not-found' } as const);
    },
    failures: registerFailures,
    done: () => ({ notice: 'updated' as const })
  }),
  cancel: defineAction({
    // One cancel form per person on the page (one's own and each colleague's).
    form: (data) => `cancel-${String(data.get('personId') ?? '')}`,
    access: guard,
    schema: cancelSchema,
    run: async ({ access, input }) => {
      const registration = await findOwnRegistration(access, input.personId, 'cancel');
      if (!registration) return { ok: false, reason: 'not-found' } as const;
      const result = await cancelAndNotify(registration);
      return result.ok ? { ...result, personId: registration.personId } : result;
    },
    failures: cancelFailures,
    done: async (result, { access: { actor, visible } }) => {
      const self = result.personId === actor.personId;
      const name = self ? null : (await listRegisteredByActor(visible, actor.personId)).find((r) => r.personId === result.personId)?.name ?? null;
      return { notice: self ? 'cancelled' as const : 'colleagueCancelled' as const, name };
    }
  })
} satisfies Actions;
