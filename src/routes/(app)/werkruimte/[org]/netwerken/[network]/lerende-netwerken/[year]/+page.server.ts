import { listAttendanceRates, listCohortChanges, listCohortMembers } from '$lib/features/learning-networks/data.server';
import {
  addCohortMember, addCohortMemberFailures, removeCohortMember, removeCohortMemberFailures
} from '$lib/features/learning-networks/mutations.server';
import { learningNetworkAbilities } from '$lib/features/learning-networks/policy';
import { cohortAddSchema, cohortRemoveSchema } from '$lib/features/learning-networks/schema';
import { listMeetings } from '$lib/features/meetings/data.server';
import { planMeetings, planMeetingsFailures } from '$lib/features/meetings/mutations.server';
import { meetingEnd, meetingStatus, proposeMeetingDates } from '$lib/features/meetings/rules';
import { planMeetingsSchema } from '$lib/features/meetings/schema';
import { defineAction } from '$lib/server/actions';
import { requireCohort } from '$lib/features/learning-networks/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const manage = (event: RequestEvent) => requireCohort(event, event.params.org, event.params.network, event.params.year, 'manage');

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, network, cohort, yearLabel, ref } = await requireCohort(event, event.params.org, event.params.network, event.params.year, 'view-overview');
  const [members, changes, meetings, rates] = await Promise.all([
    listCohortMembers(ref), listCohortChanges(ref), listMeetings(ref), listAttendanceRates(ref)
  ]);
  const now = new Date();
  const rateBySchool = new Map(rates.map((r) => [r.schoolId, r]));
  return {
    network, yearLabel, changes,
    members: members.map((s) => ({ ...s, present: rateBySchool.get(s.id)?.present ?? 0, recorded: rateBySchool.get(s.id)?.recorded ?? 0 })),
    meetings: meetings.map((mt) => ({ ...mt, endsAt: meetingEnd(mt), status: meetingStatus(mt, now) })),
    neverAttended: rates.filter((r) => r.recorded > 0 && r.present === 0),
    proposals: meetings.length === 0 ? proposeMeetingDates(cohort.schoolYear) : [],
    abilities: learningNetworkAbilities(actor, { organisationId: organisation.id })
  };
};

export const actions = {
  addMember: defineAction({
    form: 'addMember',
    access: manage,
    schema: cohortAddSchema,
    run: ({ access, input }) => addCohortMember(access.organisationId, access.ref, input, access.actor.personId),
    failures: addCohortMemberFailures,
    done: () => ({ saved: 'addMember' })
  }),
  removeMember: defineAction({
    // One form per member school: the refusal names the school's form.
    form: (data) => `remove-${String(data.get('schoolId'))}`,
    access: manage,
    schema: cohortRemoveSchema,
    run: ({ access, input }) => removeCohortMember(access.organisationId, access.ref, input, access.actor.personId),
    failures: removeCohortMemberFailures,
    done: () => ({ saved: 'removeMember' })
  }),
  plan: defineAction({
    form: 'plan',
    access: manage,
    schema: planMeetingsSchema,
    run: ({ access, input: d }) => planMeetings(access.organisationId, access.ref, [
      { date: d.date1, time: d.time1, learningQuestion: d.question1 },
      { date: d.date2, time: d.time2, learningQuestion: d.question2 },
      { date: d.date3, time: d.time3, learningQuestion: d.question3 }
    ], { confirmed: d.confirmCalendar }),
    failures: planMeetingsFailures,
    done: (result) => ({ saved: 'plan', past: result.past })
  })
} satisfies Actions;
