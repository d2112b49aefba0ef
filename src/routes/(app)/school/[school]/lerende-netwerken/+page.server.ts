import { formatSchoolYear } from '$lib/features/calendar/rules';
import { listSchoolKits } from '$lib/features/communication-kit/data.server';
import { listSchoolLearningNetworks } from '$lib/features/learning-networks/data.server';
import { listSchoolMeetings } from '$lib/features/meetings/data.server';
import { meetingEnd } from '$lib/features/meetings/rules';
import { requireSchool } from '$lib/features/schools/access.server';
import type { PageServerLoad } from './$types';

// Everyone of the school may see its own learning networks; the queries only return those in
// which the school is an active member.
export const load: PageServerLoad = async (event) => {
  const { schoolId } = await requireSchool(event, event.params.school, 'view-profile');
  const [learningNetworks, meetings, kits] = await Promise.all([listSchoolLearningNetworks(schoolId), listSchoolMeetings(schoolId), listSchoolKits(schoolId)]);
  return {
    learningNetworks: learningNetworks.map((l) => ({ ...l, label: formatSchoolYear(l.schoolYear) })),
    meetings: meetings.map((mt) => ({ ...mt, endsAt: meetingEnd(mt), yearLabel: formatSchoolYear(mt.schoolYear) })),
    // The communication kits of the networks and years the school is a member in (ADR 059).
    kits: kits.map((kit) => ({ id: kit.id, networkName: kit.networkName, organisationName: kit.organisationName, year: formatSchoolYear(kit.schoolYear) }))
  };
};
