import { listSubmissions } from '$lib/features/meetings/data.server';
import { addSubmission } from '$lib/features/meetings/mutations.server';
import { meetingAbilities } from '$lib/features/meetings/policy';
import { meetingEnd } from '$lib/features/meetings/rules';
import { submissionSchema } from '$lib/features/meetings/schema';
import { formatSchoolYear } from '$lib/features/calendar/rules';
import { defineAction } from '$lib/server/actions';
import { requireSchoolMeeting } from '$lib/features/meetings/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, meeting, subject, meetingRef } = await requireSchoolMeeting(event, event.params.school, event.params.meeting, 'view-as-school');
  return {
    meeting: { ...meeting, endsAt: meetingEnd(meeting), yearLabel: formatSchoolYear(meeting.schoolYear) },
    // Members of the same learning network see each other's questions; nobody else does.
    submissions: await listSubmissions(meetingRef),
    abilities: meetingAbilities(actor, subject)
  };
};

export const actions = {
  submit: defineAction({
    form: 'submit',
    access: (event: RequestEvent) => requireSchoolMeeting(event, event.params.school, event.params.meeting, 'submit'),
    schema: submissionSchema,
    run: ({ access, input }) => addSubmission(access.schoolId, access.meetingRef, access.actor.personId, input),
    done: () => ({ saved: 'submit' })
  })
} satisfies Actions;
