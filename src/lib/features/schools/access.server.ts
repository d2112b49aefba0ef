// Who may act on a school (ADR 020): the policy decides, this mints the school id.
import { forbidden, notFound, requireActor, type GuardEvent } from '$lib/server/guards';
import { brandSchool } from '$lib/server/tenancy';
import { findSchoolByInstitutionNumber } from './data.server';
import { canSchool, type SchoolAction } from './policy';

export async function requireSchool(event: GuardEvent, institutionNumber: string, action: SchoolAction) {
  const actor = requireActor(event);
  const school = await findSchoolByInstitutionNumber(institutionNumber);
  if (!school) notFound(event.locals);
  if (!canSchool(actor, action, school.id)) forbidden(event.locals);
  return { actor, school, schoolId: brandSchool(school.id) };
}
