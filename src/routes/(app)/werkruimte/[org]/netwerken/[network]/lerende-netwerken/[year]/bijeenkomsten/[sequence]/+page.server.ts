import { error } from '@sveltejs/kit';
import { listActiveMemberSchoolIds, listCohortMembers } from '$lib/features/learning-networks/data.server';
import { findMeetingBySequence, listAttendance, listMemberStaff, listSubmissions } from '$lib/features/meetings/data.server';
import {
  addSubmissionToAgenda, publishHarvest, recordAttendance, saveHarvest, setSubmissionTheme, updateMeeting
} from '$lib/features/meetings/mutations.server';
import { canMeeting } from '$lib/features/meetings/policy';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { attendanceFormSchema, harvestSchema, meetingDetailsSchema, readAttendance, submissionThemeSchema, submissionToAgendaSchema } from '$lib/features/meetings/schema';
import { messagesFor } from '$lib/i18n/messages';
import { confirmableFail, fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireCohort } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard(event: RequestEvent, action: 'view-overview' | 'manage') {
  const cohort = await requireCohort(event, event.params.org, event.params.network, event.params.year, action);
  const sequence = Number(event.params.sequence);
  const meeting = Number.isInteger(sequence) ? await findMeetingBySequence(cohort.cohort.id, sequence) : null;
  if (!meeting) error(404, messagesFor(event.locals.locale).errors.notFound);
  return { ...cohort, meeting };
}

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, network, cohort, yearLabel, meeting } = await guard(event, 'view-overview');
  const [submissions, attendance, members, staff] = await Promise.all([
    listSubmissions(meeting.id), listAttendance(meeting.id), listCohortMembers(cohort.id), listMemberStaff(cohort.id)
  ]);
  return {
    network, yearLabel, members, staff, attendance, submissions,
    meeting: { ...meeting, ...brusselsDateTimeParts(meeting.startsAt) },
    canEdit: canMeeting(actor, 'edit', { organisationId: organisation.id })
  };
};

export const actions: Actions = {
  details: async (event) => {
    const { organisationId, meeting } = await guard(event, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(meetingDetailsSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'details');
    const result = await updateMeeting(organisationId, meeting.id, parsed.data, { confirmed: parsed.data.confirmCalendar });
    if (!result.ok && result.reason === 'calendar') return confirmableFail(result.refused, result.concerns, data, 'details');
    if (!result.ok) error(404, messagesFor(event.locals.locale).errors.notFound);
    return { saved: 'details' };
  },
  theme: async (event) => {
    const { organisationId, meeting } = await guard(event, 'manage');
    const parsed = parseForm(submissionThemeSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'theme');
    await setSubmissionTheme(organisationId, meeting.id, parsed.data.submissionId, parsed.data.theme);
    return { saved: 'theme' };
  },
  toAgenda: async (event) => {
    const { organisationId, meeting } = await guard(event, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(submissionToAgendaSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'toAgenda');
    if (!(await addSubmissionToAgenda(organisationId, meeting.id, parsed.data.submissionId))) return fieldFail(404, 'form', 'submissionNotFound', data, 'toAgenda');
    return { saved: 'toAgenda' };
  },
  attendance: async (event) => {
    const { organisationId, meeting, cohort } = await guard(event, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(attendanceFormSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'attendance');
    const [memberIds, staff] = await Promise.all([listActiveMemberSchoolIds(cohort.id), listMemberStaff(cohort.id)]);
    await recordAttendance(organisationId, meeting.id, readAttendance(data, memberIds, staff));
    return { saved: 'attendance' };
  },
  harvest: async (event) => {
    const { organisationId, meeting } = await guard(event, 'manage');
    const parsed = parseForm(harvestSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'harvest');
    await saveHarvest(organisationId, meeting.id, parsed.data);
    return { saved: 'harvest' };
  },
  publish: async (event) => {
    const { organisationId, meeting } = await guard(event, 'manage');
    const data = await event.request.formData();
    const result = await publishHarvest(organisationId, meeting.id);
    if (!result.ok) return fieldFail(409, 'form', result.reason === 'empty' ? 'harvestEmpty' : 'harvestAlreadyPublished', data, 'publish');
    return { saved: 'publish' };
  }
};
