import { listActiveMemberSchoolIds, listCohortMembers } from '$lib/features/learning-networks/data.server';
import { listAttendance, listMemberStaff, listSubmissions } from '$lib/features/meetings/data.server';
import {
  addSubmissionToAgenda, agendaFailures, meetingDatesFailures, publishHarvest, publishHarvestFailures, recordAttendance, saveHarvest,
  setSubmissionTheme, updateMeeting
} from '$lib/features/meetings/mutations.server';
import { meetingAbilities } from '$lib/features/meetings/policy';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { meetingEnd } from '$lib/features/meetings/rules';
import { attendanceFormSchema, harvestSchema, meetingDetailsSchema, readAttendance, submissionThemeSchema, submissionToAgendaSchema } from '$lib/features/meetings/schema';
import { defineAction } from '$lib/server/actions';
import { notFound } from '$lib/server/guards';
import { requireCohortMeeting } from '$lib/features/meetings/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = <A extends 'view-overview' | 'manage'>(event: RequestEvent, action: A) =>
  requireCohortMeeting(event, event.params.org, event.params.network, event.params.year, event.params.sequence, action);

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, network, yearLabel, meeting, ref, meetingRef } = await guard(event, 'view-overview');
  const [submissions, attendance, members, staff] = await Promise.all([
    listSubmissions(meetingRef), listAttendance(meetingRef), listCohortMembers(ref), listMemberStaff(ref)
  ]);
  return {
    network, yearLabel, members, staff, attendance, submissions,
    meeting: { ...meeting, ...brusselsDateTimeParts(meeting.startsAt), endsAt: meetingEnd(meeting) },
    abilities: meetingAbilities(actor, { organisationId: organisation.id })
  };
};

const manage = (event: RequestEvent) => guard(event, 'manage');

export const actions = {
  details: defineAction({
    form: 'details',
    access: manage,
    schema: meetingDetailsSchema,
    run: async ({ event, access, input }) => {
      const result = await updateMeeting(access.organisationId, access.meetingRef, input, { confirmed: input.confirmCalendar });
      // The guard found the meeting; one gone since is the page that no longer exists, not a form message.
      if (!result.ok && result.reason === 'not-found') notFound(event.locals);
      return result;
    },
    failures: meetingDatesFailures,
    done: () => ({ saved: 'details' })
  }),
  theme: defineAction({
    form: 'theme',
    access: manage,
    schema: submissionThemeSchema,
    run: ({ access, input }) => setSubmissionTheme(access.organisationId, access.meetingRef, input.submissionId, input.theme),
    done: () => ({ saved: 'theme' })
  }),
  toAgenda: defineAction({
    form: 'toAgenda',
    access: manage,
    schema: submissionToAgendaSchema,
    run: async ({ access, input }) => (await addSubmissionToAgenda(access.organisationId, access.meetingRef, input.submissionId))
      ? { ok: true } as const : { ok: false, reason: 'not-found' } as const,
    failures: agendaFailures,
    done: () => ({ saved: 'toAgenda' })
  }),
  attendance: defineAction({
    form: 'attendance',
    access: manage,
    schema: attendanceFormSchema,
    run: async ({ access: { organisationId, meetingRef, cohort, ref }, data }) => {
      const [memberIds, staff] = await Promise.all([listActiveMemberSchoolIds(cohort.id), listMemberStaff(ref)]);
      await recordAttendance(organisationId, meetingRef, readAttendance(data, memberIds, staff));
    },
    done: () => ({ saved: 'attendance' })
  }),
  harvest: defineAction({
    form: 'harvest',
    access: manage,
    schema: harvestSchema,
    run: ({ access, input }) => saveHarvest(access.organisationId, access.meetingRef, input),
    done: () => ({ saved: 'harvest' })
  }),
  publish: defineAction({
    form: 'publish',
    access: manage,
    run: ({ access }) => publishHarvest(access.organisationId, access.meetingRef),
    failures: publishHarvestFailures,
    done: () => ({ saved: 'publish' })
  })
} satisfies Actions;
