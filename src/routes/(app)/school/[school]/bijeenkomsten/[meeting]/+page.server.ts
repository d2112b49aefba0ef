import { listSubmissions } from '$lib/features/meetings/data.server';
import { addSubmission } from '$lib/features/meetings/mutations.server';
import { canMeeting } from '$lib/features/meetings/policy';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { submissionSchema } from '$lib/features/meetings/schema';
import { formatSchoolYear } from '$lib/features/calendar/rules';
import { formFail, parseForm } from '$lib/server/forms';
import { requireSchoolMeeting } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, meeting, subject } = await requireSchoolMeeting(event, event.params.school, event.params.meeting, 'view-as-school');
  return {
    meeting: { ...meeting, ...brusselsDateTimeParts(meeting.startsAt), yearLabel: formatSchoolYear(meeting.schoolYear) },
    // Members of the same learning network see each other's questions; nobody else does.
    submissions: await listSubmissions(meeting.id),
    canReadHarvest: canMeeting(actor, 'read-harvest-as-school', subject)
  };
};

export const actions: Actions = {
  submit: async (event) => {
    const { actor, schoolId, meeting } = await requireSchoolMeeting(event, event.params.school, event.params.meeting, 'submit');
    const parsed = parseForm(submissionSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'submit');
    await addSubmission(schoolId, meeting.id, actor.personId, parsed.data);
    return { saved: 'submit' };
  }
};
