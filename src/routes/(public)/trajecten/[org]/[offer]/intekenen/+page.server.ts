import { requireApplicationStart } from '$lib/features/trajectories/access.server';
import { findSchoolEnrolment, listCoordinatedSchools } from '$lib/features/trajectories/data.server';
import { eligibilityRefusal } from '$lib/features/trajectories/rules';
import type { PageServerLoad } from './$types';

// Signed in: the schools the person coordinates, each with whether it may apply and what it already did.
export const load: PageServerLoad = async (event) => {
  const { offer, coordinated } = await requireApplicationStart(event, event.params.org, event.params.offer);
  const schools = await listCoordinatedSchools(coordinated);
  const enrolments = await Promise.all(coordinated.map(async (id) => [id, await findSchoolEnrolment(offer.id, id)] as const));
  const enrolmentOf = new Map<string, Awaited<ReturnType<typeof findSchoolEnrolment>>>(enrolments);
  return {
    offer,
    schools: schools.map((s) => ({
      key: s.key, name: s.name, municipality: s.municipality,
      refusal: eligibilityRefusal(offer, s), enrolment: enrolmentOf.get(s.id) ?? null
    }))
  };
};
