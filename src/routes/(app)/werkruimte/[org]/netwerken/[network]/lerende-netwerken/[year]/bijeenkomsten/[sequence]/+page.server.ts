import { error } from '@sveltejs/kit';
import { listActiveMemberSchoolIds, listCohortMembers } from '$lib/features/learning-networks/data.server';
import { findMeetingBySequence, listAttendance, listMemberStaff, listSubmissions } from '$lib/features/meetings/data.server';
import {
  addSubmissionToAgenda, agendaFailures, meetingDatesFailures, publishHarvest, publishHarvestFailures, recordAttendance, saveHarvest,
  setSubmissionTheme, updateMeeting
} from '$lib/features/meetings/mutations.server';
import { canMeeting } from '$lib/features/meetings/policy';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { attendanceFormSchema, harvestSchema, meetingDetailsSchema, readAttendance, submissionThemeSchema, submissionToAgendaSchema } from '$lib/features/meetings/schema';
import { messagesFor } from '$lib/i18n/messages';
import { defineAction } from '$lib/server/actions';
import { requireCohort } from '$lib/features/learning-networks/access.server';
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

const manage = (event: RequestEvent) => guard(event, 'manage');

export const actions = {
  details: defineAction({
    form: 'details',
    access: manage,
    schema: meetingDetailsSchema,
    run: async ({ event, access, input }) => {
      const result = await updateMeeting(access.organisationId, access.meeting.id, input, { confirmed: input.confirmCalendar });
      // The guard found the meeting; one gone since is the page that no longer exists, not a form message.
      if (!result.ok && result.reason === 'not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
      return result;
    },
    failures: meetingDatesFailures,
    done: () => ({ saved: 'details' })
  }),
  theme: defineAction({
    form: 'theme',
    access: manage,
    schema: submissionThemeSchema,
    run: ({ access, input }) => setSubmissionTheme(access.organisationId, access.meeting.id, input.submissionId, input.theme),
    done: () => ({ saved: 'theme' })
  }),
  toAgenda: defineAction({
    form: 'toAgenda',
    access: manage,
    schema: submissionToAgendaSchema,
    run: async ({ access, input }) => (await addSubmissionToAgenda(access.organisationId, access.meeting.id, input.submissionId))
      ? { ok: true } as const : { ok: false, reason: 'not-found' } as const,
    failures: agendaFailures,
    done: () => ({ saved: 'toAgenda' })
  }),
  attendance: defineAction({
    form: 'attendance',
    access: manage,
    schema: attendanceFormSchema,
    run: async ({ access: { organisationId, meeting, cohort }, data }) => {
      const [memberIds, staff] = await Promise.all([listActiveMemberSchoolIds(cohort.id), listMemberStaff(cohort.id)]);
      await recordAttendance(organisationId, meeting.id, readAttendance(data, memberIds, staff));
    },
    done: () => ({ saved: 'attendance' })
  }),
  harvest: defineAction({
    form: 'harvest',
    access: manage,
    schema: harvestSchema,
    run: ({ access, input }) => saveHarvest(access.organisationId, access.meeting.id, input),
    done: () => ({ saved: 'harvest' })
  }),
  publish: defineAction({
    form: 'publish',
    access: manage,
    run: ({ access }) => publishHarvest(access.organisationId, access.meeting.id),
    failures: publishHarvestFailures,
    done: () => ({ saved: 'publish' })
  })
} satisfies Actions;
