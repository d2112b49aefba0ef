import { formatSchoolYear } from '$lib/features/calendar/rules';
import { listSchoolLearningNetworks } from '$lib/features/learning-networks/data.server';
import { listSchoolMeetings } from '$lib/features/meetings/data.server';
import { meetingEnd } from '$lib/features/meetings/rules';
import { requireSchool } from '$lib/features/schools/access.server';
import type { PageServerLoad } from './$types';

// Everyone of the school may see its own learning networks; the queries only return those in
// which the school is an active member.
export const load: PageServerLoad = async (event) => {
  const { schoolId } = await requireSchool(event, event.params.school, 'view-profile');
  const [learningNetworks, meetings] = await Promise.all([listSchoolLearningNetworks(schoolId), listSchoolMeetings(schoolId)]);
  return {
    learningNetworks: learningNetworks.map((l) => ({ ...l, label: formatSchoolYear(l.schoolYear) })),
    meetings: meetings.map((mt) => ({ ...mt, endsAt: meetingEnd(mt), yearLabel: formatSchoolYear(mt.schoolYear) }))
  };
};
