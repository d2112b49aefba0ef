import { redirect } from '@sveltejs/kit';
import { workingSchoolYear } from '$lib/features/calendar/rules';
import { listSchoolStaff } from '$lib/features/schools/data.server';
import { requireOfferApplicant } from '$lib/features/trajectories/access.server';
import { findSchoolEnrolment, listStartYears } from '$lib/features/trajectories/data.server';
import { applyFailures, applyForOffer } from '$lib/features/trajectories/mutations.server';
import { eligibilityRefusal } from '$lib/features/trajectories/rules';
import { applicationSchema, workgroupFrom } from '$lib/features/trajectories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireOfferApplicant(event, event.params.org, event.params.offer, event.params.school);

// A coordinator of the school applies; a school the offer is not for sees why, and no form.
export const load: PageServerLoad = async (event) => {
  const { offer, school, schoolId, actor } = await guard(event);
  const current = workingSchoolYear(new Date());
  const [years, staff, enrolment] = await Promise.all([listStartYears(offer.id), listSchoolStaff(schoolId), findSchoolEnrolment(offer.id, schoolId)]);
  return {
    offer, school: { key: school.institutionNumber, name: school.name }, enrolment, refusal: eligibilityRefusal(offer, school),
    years: years.filter((y) => y.schoolYear >= current), staff: staff.map((s) => ({ id: s.personId, name: s.name, schoolRole: s.schoolRole })),
    self: actor.personId
  };
};

export const actions = {
  default: defineAction({
    form: 'apply',
    access: guard,
    schema: applicationSchema,
    run: ({ access, input, data }) => applyForOffer(access.applicant, input, workgroupFrom(data)),
    failures: applyFailures,
    done: (_result, { access }) => redirect(303, `/trajecten/${access.offer.organisationSlug}/${access.offer.slug}/scholen/${access.school.institutionNumber}`)
  })
} satisfies Actions;
