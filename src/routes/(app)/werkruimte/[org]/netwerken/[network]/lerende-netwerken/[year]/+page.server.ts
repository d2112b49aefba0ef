import { listAttendanceRates, listCohortChanges, listCohortMembers } from '$lib/features/learning-networks/data.server';
import { addCohortMember, removeCohortMember } from '$lib/features/learning-networks/mutations.server';
import { canLearningNetwork } from '$lib/features/learning-networks/policy';
import { cohortAddSchema, cohortRemoveSchema } from '$lib/features/learning-networks/schema';
import { listMeetings } from '$lib/features/meetings/data.server';
import { planMeetings } from '$lib/features/meetings/mutations.server';
import { meetingStatus, proposeMeetingDates } from '$lib/features/meetings/rules';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { planMeetingsSchema } from '$lib/features/meetings/schema';
import { confirmableFail, fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireCohort } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const manage = (event: RequestEvent) => requireCohort(event, event.params.org, event.params.network, event.params.year, 'manage');

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, network, cohort, yearLabel } = await requireCohort(event, event.params.org, event.params.network, event.params.year, 'view-overview');
  const [members, changes, meetings, rates] = await Promise.all([
    listCohortMembers(cohort.id), listCohortChanges(cohort.id), listMeetings(cohort.id), listAttendanceRates(cohort.id)
  ]);
  const now = new Date();
  const rateBySchool = new Map(rates.map((r) => [r.schoolId, r]));
  return {
    network, yearLabel, changes,
    members: members.map((s) => ({ ...s, present: rateBySchool.get(s.id)?.present ?? 0, recorded: rateBySchool.get(s.id)?.recorded ?? 0 })),
    meetings: meetings.map((mt) => ({ ...mt, ...brusselsDateTimeParts(mt.startsAt), status: meetingStatus(mt, now) })),
    neverAttended: rates.filter((r) => r.recorded > 0 && r.present === 0),
    proposals: meetings.length === 0 ? proposeMeetingDates(cohort.schoolYear) : [],
    canManage: canLearningNetwork(actor, 'manage', { organisationId: organisation.id })
  };
};

export const actions: Actions = {
  addMember: async (event) => {
    const { actor, organisationId, cohort } = await manage(event);
    const data = await event.request.formData();
    const parsed = parseForm(cohortAddSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'addMember');
    const result = await addCohortMember(organisationId, cohort.id, parsed.data, actor.personId);
    if (!result.ok) return fieldFail(result.reason === 'already-member' ? 409 : 404, 'institutionNumber',
      result.reason === 'already-member' ? 'alreadyCohortMember' : 'schoolNotFound', data, 'addMember');
    return { saved: 'addMember' };
  },
  removeMember: async (event) => {
    const { actor, organisationId, cohort } = await manage(event);
    const data = await event.request.formData();
    const parsed = parseForm(cohortRemoveSchema, data);
    if (!parsed.ok) return formFail(400, { ...parsed.failure, values: { ...parsed.failure.values } }, `remove-${String(data.get('schoolId'))}`);
    const result = await removeCohortMember(organisationId, cohort.id, parsed.data, actor.personId);
    if (!result.ok) return fieldFail(409, 'reason', 'notCohortMember', data, `remove-${parsed.data.schoolId}`);
    return { saved: 'removeMember' };
  },
  plan: async (event) => {
    const { organisationId, cohort } = await manage(event);
    const data = await event.request.formData();
    const parsed = parseForm(planMeetingsSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'plan');
    const d = parsed.data;
    const result = await planMeetings(organisationId, cohort.id, [
      { date: d.date1, time: d.time1, learningQuestion: d.question1 },
      { date: d.date2, time: d.time2, learningQuestion: d.question2 },
      { date: d.date3, time: d.time3, learningQuestion: d.question3 }
    ], { confirmed: d.confirmCalendar });
    if (!result.ok && result.reason === 'calendar') return confirmableFail(result.refused, result.concerns, data, 'plan');
    if (!result.ok) return fieldFail(409, 'form', 'alreadyPlanned', data, 'plan');
    return { saved: 'plan', past: result.past };
  }
};
