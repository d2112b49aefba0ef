import { redirect } from '@sveltejs/kit';
import { findRegistrationForm } from '$lib/features/registrations/data.server';
import { colleagueRegisterFailures, registerAndNotify } from '$lib/features/registrations/mutations.server';
import { registrationOpen } from '$lib/features/registrations/rules';
import { colleagueSchema, registrationFormSchema } from '$lib/features/registrations/schema';
import { defineAction } from '$lib/server/actions';
import { requireRegistrableActivity } from '$lib/features/activities/access.server';
import { findColleagueRegistrant, requireColleaguePage } from '$lib/features/registrations/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Registering a colleague, as its own step after one's own registration page: staff register
// colleagues of their own school who are in the activity's audience. Like that page, it is for
// the audience only (403 for someone who left it, 404 outside a network's or a school's activity).
export const load: PageServerLoad = async (event) => {
  const now = new Date();
  const { activity, abilities, colleagues } = await requireColleaguePage(event, event.params.org, event.params.activity, now);
  return {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug,
      deadline: activity.registrationDeadline, open: registrationOpen(activity.registrationDeadline, now) },
    abilities,
    colleagues: colleagues.map((c) => ({ personId: c.personId, label: `${c.name} (${c.schoolName})` }))
  };
};

const guard = (event: RequestEvent) => requireRegistrableActivity(event, event.params.org, event.params.activity);

export const actions = {
  register: defineAction({
    form: 'colleague',
    access: guard,
    schema: async ({ activity, registrable }) => {
      const { questions, extras, invoiceNeeded, pairs } = await findRegistrationForm(registrable, activity);
      return registrationFormSchema({ questions, extraIds: extras.map((e) => e.id), invoiceNeeded, pairs }, colleagueSchema);
    },
    run: async ({ access, input: { colleagueId, answers, invoice, extraIds, pair } }) => {
      // Only a colleague of the actor's own school who is in the activity's audience (policy: sameSchool).
      const colleague = await findColleagueRegistrant(access, colleagueId);
      if (!colleague) return { ok: false, reason: 'not-allowed' } as const;
      return registerAndNotify(colleague, { answers, invoice, extraIds, pair });
    },
    failures: colleagueRegisterFailures,
    // Back to one's registration page with a GET: it says so and lists the colleague; a reload registers nobody twice.
    done: (_result, { access: { activity }, input }) =>
      redirect(303, `/activiteiten/${activity.organisationSlug}/${activity.slug}/inschrijven?collega=${input.colleagueId}`)
  })
} satisfies Actions;
