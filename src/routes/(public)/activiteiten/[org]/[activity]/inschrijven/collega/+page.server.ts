import { fail, redirect } from '@sveltejs/kit';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { findRegistrationForm, listEligibleColleagues } from '$lib/features/registrations/data.server';
import { registerAndNotify } from '$lib/features/registrations/mutations.server';
import { canRegistration, registrationAbilities } from '$lib/features/registrations/policy';
import { registrationOpen } from '$lib/features/registrations/rules';
import { colleagueSchema, readRegistrationForm, registerFailures } from '$lib/features/registrations/schema';
import { fieldFail, formFail, formValues, parseForm, type FormFailure } from '$lib/server/forms';
import { requireActivity, requireActor } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// Registering a colleague, as its own step after one's own registration page: staff register
// colleagues of their own school who are in the activity's audience. Like that page, it is for
// the audience only (403 for someone who left it, 404 outside a network's or a school's activity).
export const load: PageServerLoad = async (event) => {
  const { activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'register');
  const actor = requireActor(event);
  const now = new Date();
  // One's own registration does not matter here: the step is about a colleague.
  const { registerColleagues } = registrationAbilities(actor, {
    activity: subject, status: null, registrationDeadline: activity.registrationDeadline, startsAt: activity.startsAt
  }, now);
  const colleagues = registerColleagues ? await listEligibleColleagues(actor.personId, activity) : [];
  return {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug,
      deadline: brusselsDateTimeParts(activity.registrationDeadline).date, open: registrationOpen(activity.registrationDeadline, now) },
    abilities: { registerColleagues },
    colleagues: colleagues.map((c) => ({ personId: c.personId, label: `${c.name} (${c.schoolName})` }))
  };
};

export const actions: Actions = {
  register: async (event) => {
    const { activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'register');
    const actor = requireActor(event);
    const data = await event.request.formData();
    const person = parseForm(colleagueSchema, data);
    const { questions, extras, invoiceNeeded } = await findRegistrationForm(activity);
    const form = readRegistrationForm(data, { questions, extraIds: extras.map((e) => e.id), invoiceNeeded });
    if (!person.ok || !form.ok) {
      const errors = { ...(form.ok ? {} : form.failure.errors), ...(person.ok ? {} : person.failure.errors) };
      return formFail(400, { errors, values: formValues(data) }, 'colleague');
    }
    // Only a colleague of the actor's own school who is in the activity's audience (policy: sameSchool).
    const colleague = (await listEligibleColleagues(actor.personId, activity)).find((c) => c.personId === person.data.colleagueId);
    if (!canRegistration(actor, 'register-colleague', { activity: subject, sameSchool: !!colleague }) || !colleague) {
      const refused: FormFailure = { errors: { colleagueId: 'registrationColleagueNotAllowed' }, values: formValues(data), form: 'colleague' };
      return fail(403, refused);
    }
    const result = await registerAndNotify(activity.id, colleague.personId, { ...form.input, registeredBy: actor.personId });
    if (!result.ok) {
      const [status, field, key] = result.reason === 'already-registered'
        ? [409, 'colleagueId', 'registrationColleagueAlreadyRegistered'] as const : registerFailures[result.reason];
      return fieldFail(status, field, key, data, 'colleague');
    }
    // Back to one's registration page with a GET: it says so and lists the colleague; a reload registers nobody twice.
    redirect(303, `/activiteiten/${activity.organisationSlug}/${activity.slug}/inschrijven?collega=${colleague.personId}`);
  }
};
