import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue } from '$lib/server/jobs/queue';
import { buildCalendar } from '$lib/server/ics';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { ownAccount } from '../../../../tests/handles';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import { findLearningNetwork, listAttendanceRates } from '../learning-networks/data.server';
import { addParticipant, formLearningNetwork } from '../learning-networks/mutations.server';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { listOrganisationNetworks } from '../networks/data.server';
import { createNetwork } from '../networks/mutations.server';
import { findOrganisationBySlug } from '../organisations/data.server';
import { createOrganisation } from '../organisations/mutations.server';
import { listSchoolStaff } from '../schools/data.server';
import { createSchool, inviteStaffMember } from '../schools/mutations.server';
import { meetingCalendarEvent } from './api.server';
import { findCalendarFeedOwner, findMeetingById, listMeetings, listPersonMeetings, listSubmissions, listUpcomingMeetingsForPerson } from './data.server';
import { meetingNotifyJob } from './jobs.server';
import { addSubmission, planMeetings, publishHarvest, recordAttendance, renewCalendarFeed, revokeCalendarFeed, saveHarvest, updateMeeting } from './mutations.server';
import type { ManagedCohort } from '../learning-networks/types';
import type { ManagedMeeting, SchoolMeeting } from './types';

// What the access modules hand a route after the policy said yes (ADR 020).
const managedCohort = (id: string) => grant('managed-cohort', id) as ManagedCohort;
const managedMeeting = (id: string) => grant('managed-meeting', id) as ManagedMeeting;
const schoolMeeting = (id: string) => grant('school-meeting', id) as SchoolMeeting;

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

async function cohortWithTwoSchools() {
  const org = buildOrganisation();
  await createOrganisation(org);
  const orgId = brandOrganisation((await findOrganisationBySlug(org.slug))!.id);
  await createNetwork(orgId, { slug: 'netwerk', name: 'Scholennetwerk jonge mantelzorgers', description: '', isPublic: true, contactName: null, contactEmail: null });
  const networkId = (await listOrganisationNetworks(orgId))[0]!.id;
  const schools = [buildSchool(), buildSchool(), buildSchool()];
  const ids: string[] = [];
  for (const s of schools) {
    const created = await createSchool(s);
    if (!created.ok) throw new Error('school');
    ids.push(created.id);
  }
  await addParticipant(orgId, networkId, { schoolYear: 2030, institutionNumber: schools[0]!.institutionNumber });
  await addParticipant(orgId, networkId, { schoolYear: 2030, institutionNumber: schools[1]!.institutionNumber });
  await formLearningNetwork(orgId, networkId, 2031);
  const cohort = (await findLearningNetwork(networkId, 2031))!;
  const staffEmail = uniqueEmail('leerkracht');
  await inviteStaffMember(brandSchool(ids[0]!), { email: staffEmail, name: 'Ilse Jacobs', access: 'staff', schoolRole: 'leerkracht' }, 'Test');
  const staff = (await listSchoolStaff(brandSchool(ids[0]!)))[0]!;
  return { orgId, cohort, memberA: ids[0]!, memberB: ids[1]!, outsider: ids[2]!, staff, staffEmail };
}

const planned = [
  { date: '2031-10-07', time: '15:30', learningQuestion: 'Hoe herkennen we jonge mantelzorgers?' },
  { date: '2032-01-27', time: '15:30', learningQuestion: 'Hoe maken we zorg bespreekbaar?' },
  { date: '2032-04-20', time: '15:30', learningQuestion: 'Welke flexibiliteit bieden we?' }
];

describe('meetings of a learning network', () => {
  it('takes handles, not plain ids, and still scopes every change by the organisation', async () => {
    const { orgId, cohort } = await cohortWithTwoSchools();
    const other = await cohortWithTwoSchools();
    await planMeetings(orgId, managedCohort(cohort.id), planned);
    const meeting = (await listMeetings(managedCohort(cohort.id)))[0]!;
    // A plain id (from a form or a URL) is no managed cohort or meeting: it does not type-check.
    // @ts-expect-error the cohort must come through requireCohort
    const planWithPlainId = () => planMeetings(orgId, cohort.id, planned);
    // @ts-expect-error the meeting must come through requireCohortMeeting
    const harvestWithPlainId = () => saveHarvest(orgId, meeting.id, { harvest: 'x', harvestPublic: false });
    expect([planWithPlainId, harvestWithPlainId].every((f) => typeof f === 'function')).toBe(true);
    // A handle of another organisation's meeting or cohort changes nothing (tenancy in SQL as well).
    expect(await saveHarvest(other.orgId, managedMeeting(meeting.id), { harvest: 'Gekaapt', harvestPublic: true })).toBe(false);
    expect(await planMeetings(other.orgId, managedCohort(cohort.id), planned)).toEqual({ ok: false, reason: 'not-found' });
    expect((await listMeetings(managedCohort(cohort.id)))[0]!.harvest).toBe(meeting.harvest);
  });

  it('plans three meetings once, invites the member schools\' staff and schedules reminders', async () => {
    const { orgId, cohort, staffEmail } = await cohortWithTwoSchools();
    expect(await planMeetings(orgId, managedCohort(cohort.id), planned)).toEqual({ ok: true, created: 3, past: 0 });
    expect(await planMeetings(orgId, managedCohort(cohort.id), planned)).toEqual({ ok: false, reason: 'already-planned' });
    const meetings = await listMeetings(managedCohort(cohort.id));
    expect(meetings.map((m) => m.startsAt.toISOString())).toEqual(['2031-10-07T13:30:00.000Z', '2032-01-27T14:30:00.000Z', '2032-04-20T13:30:00.000Z']);

    await drainQueue([meetingNotifyJob, ...mailJobs]);
    await drainQueue(mailJobs);
    const mails = (await listOutbox()).filter((m) => m.recipient === staffEmail);
    const invitations = mails.filter((m) => m.subject.startsWith('Uitnodiging: bijeenkomst'));
    expect(invitations.map((m) => m.subject).sort()).toEqual([1, 2, 3].map((n) => `Uitnodiging: bijeenkomst ${n} van het lerend netwerk Scholennetwerk jonge mantelzorgers`));
    // Reminders wait for their date: none of them has run.
    expect(mails.some((m) => m.subject.startsWith('Morgen') || m.subject.startsWith('Over een week'))).toBe(false);
  });

  it('asks to confirm a date in the holidays, refuses one outside the school year, and changes nothing until then', async () => {
    const { orgId, cohort } = await cohortWithTwoSchools();
    const inHoliday = [{ ...planned[0]!, date: '2031-10-28' }, planned[1]!, planned[2]!];
    expect(await planMeetings(orgId, managedCohort(cohort.id), inHoliday)).toEqual({ ok: false, reason: 'calendar', refused: {}, concerns: { date1: 'notSchoolDay_herfstvakantie' } });
    const outside = [planned[0]!, planned[1]!, { ...planned[2]!, date: '2032-09-14' }];
    expect(await planMeetings(orgId, managedCohort(cohort.id), outside, { confirmed: true })).toMatchObject({ ok: false, reason: 'calendar', refused: { date3: 'dateOutsideSchoolYear' } });
    expect(await listMeetings(managedCohort(cohort.id))).toEqual([]);
    expect(await planMeetings(orgId, managedCohort(cohort.id), inHoliday, { confirmed: true })).toEqual({ ok: true, created: 3, past: 0 });
  });

  it('plans meetings in the past only when confirmed, and sends no invitation or reminder for them', async () => {
    const { orgId, cohort, staffEmail } = await cohortWithTwoSchools();
    const now = new Date('2032-02-01T12:00:00Z');
    expect(await planMeetings(orgId, managedCohort(cohort.id), planned, { now })).toMatchObject({ ok: false, reason: 'calendar', concerns: { date1: 'datePast', date2: 'datePast' } });
    expect(await planMeetings(orgId, managedCohort(cohort.id), planned, { now, confirmed: true })).toEqual({ ok: true, created: 3, past: 2 });
    await drainQueue([meetingNotifyJob, ...mailJobs]);
    await drainQueue(mailJobs);
    const invitations = (await listOutbox()).filter((m) => m.recipient === staffEmail && m.subject.startsWith('Uitnodiging: bijeenkomst'));
    expect(invitations.map((m) => m.subject)).toEqual(['Uitnodiging: bijeenkomst 3 van het lerend netwerk Scholennetwerk jonge mantelzorgers']);
  });

  it('asks to confirm a meeting moved onto a free day; details without a new date save at once', async () => {
    const { orgId, cohort } = await cohortWithTwoSchools();
    await planMeetings(orgId, managedCohort(cohort.id), planned);
    const meeting = (await listMeetings(managedCohort(cohort.id)))[1]!;
    const details = { date: '2032-01-27', time: '15:30', durationMinutes: 90, onlineUrl: null, learningQuestion: 'Hoe maken we zorg bespreekbaar?', moderatorName: null, agenda: [], confirmCalendar: false };
    expect(await updateMeeting(orgId, managedMeeting(meeting.id), { ...details, durationMinutes: 60 })).toEqual({ ok: true });
    // Krokusvakantie 2032: the seventh Monday before Easter (28 March) is 9 February.
    expect(await updateMeeting(orgId, managedMeeting(meeting.id), { ...details, date: '2032-02-10' })).toEqual({ ok: false, reason: 'calendar', refused: {}, concerns: { date: 'notSchoolDay_krokusvakantie' } });
    expect((await listMeetings(managedCohort(cohort.id)))[1]!.startsAt.toISOString()).toBe('2032-01-27T14:30:00.000Z');
    expect(await updateMeeting(orgId, managedMeeting(meeting.id), { ...details, date: '2032-02-10' }, { confirmed: true })).toEqual({ ok: true });
    expect(await updateMeeting(orgId, managedMeeting(meeting.id), { ...details, date: '2032-09-07' }, { confirmed: true })).toMatchObject({ ok: false, refused: { date: 'dateOutsideSchoolYear' } });
  });

  it('sends a reminder only for the date it was made for (a moved meeting skips stale reminders)', async () => {
    const { orgId, cohort, staffEmail } = await cohortWithTwoSchools();
    await planMeetings(orgId, managedCohort(cohort.id), planned);
    const meeting = (await listMeetings(managedCohort(cohort.id)))[1]!;
    await meetingNotifyJob.handler({ meetingId: meeting.id, kind: 'reminder-7', startsAt: '2032-01-20T14:30:00.000Z' }, 'stale');
    await drainQueue(mailJobs);
    expect((await listOutbox()).filter((m) => m.recipient === staffEmail && m.subject.startsWith('Over een week'))).toHaveLength(0);
    await meetingNotifyJob.handler({ meetingId: meeting.id, kind: 'reminder-7', startsAt: meeting.startsAt.toISOString() }, 'current');
    await drainQueue(mailJobs);
    const reminders = (await listOutbox()).filter((m) => m.recipient === staffEmail && m.subject.startsWith('Over een week'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.textBody).toContain('Hoe maken we zorg bespreekbaar?');
  });

  it('takes submissions only from member schools and publishes the harvest once', async () => {
    const { orgId, cohort, memberA, outsider, staff, staffEmail } = await cohortWithTwoSchools();
    await planMeetings(orgId, managedCohort(cohort.id), planned);
    const meeting = (await listMeetings(managedCohort(cohort.id)))[0]!;
    expect(await addSubmission(brandSchool(memberA), schoolMeeting(meeting.id), staff.personId, { kind: 'question', body: 'Hoe spreken we leerlingen aan?' })).toBe(true);
    expect(await addSubmission(brandSchool(outsider), schoolMeeting(meeting.id), staff.personId, { kind: 'question', body: 'Ik ben geen lid' })).toBe(false);
    expect((await listSubmissions(schoolMeeting(meeting.id))).map((s) => s.body)).toEqual(['Hoe spreken we leerlingen aan?']);

    expect(await publishHarvest(orgId, managedMeeting(meeting.id))).toEqual({ ok: false, reason: 'empty' });
    await saveHarvest(orgId, managedMeeting(meeting.id), { harvest: 'Een vast aanspreekpunt helpt.', harvestPublic: true });
    expect(await publishHarvest(orgId, managedMeeting(meeting.id))).toEqual({ ok: true });
    expect(await publishHarvest(orgId, managedMeeting(meeting.id))).toEqual({ ok: false, reason: 'already-published' });
    await drainQueue([meetingNotifyJob, ...mailJobs]);
    await drainQueue(mailJobs);
    const harvestMails = (await listOutbox()).filter((m) => m.recipient === staffEmail && m.subject.startsWith('De oogst'));
    expect(harvestMails).toHaveLength(1);
    expect(harvestMails[0]!.textBody).toContain('Een vast aanspreekpunt helpt.');
  });

  it('computes attendance rates per school and finds schools that never attended', async () => {
    const { orgId, cohort, memberA, memberB, staff } = await cohortWithTwoSchools();
    await planMeetings(orgId, managedCohort(cohort.id), planned);
    const [first, second] = await listMeetings(managedCohort(cohort.id));
    await recordAttendance(orgId, managedMeeting(first!.id), { schools: [{ schoolId: memberA, present: true, otherAttendees: '' }, { schoolId: memberB, present: false, otherAttendees: '' }], people: [{ personId: staff.personId, schoolId: memberA }] });
    await recordAttendance(orgId, managedMeeting(second!.id), { schools: [{ schoolId: memberA, present: true, otherAttendees: 'Jan (zorgleerkracht)' }, { schoolId: memberB, present: false, otherAttendees: '' }], people: [] });
    const rates = await listAttendanceRates(managedCohort(cohort.id));
    expect(rates.find((r) => r.schoolId === memberA)).toMatchObject({ recorded: 2, present: 2 });
    expect(rates.find((r) => r.schoolId === memberB)).toMatchObject({ recorded: 2, present: 0 });
  });

  it('serves a personal calendar feed that ical.js reads back, and revokes it', async () => {
    const { orgId, cohort, staff } = await cohortWithTwoSchools();
    await planMeetings(orgId, managedCohort(cohort.id), planned);
    const upcoming = await listUpcomingMeetingsForPerson(ownAccount(staff.personId), new Date('2031-12-01T00:00:00Z'));
    expect(upcoming.map((mt) => mt.sequence)).toEqual([2, 3]);
    expect(upcoming[0]!.schoolName).toBeTruthy();
    const secret = await renewCalendarFeed(ownAccount(staff.personId));
    expect(await findCalendarFeedOwner(secret)).toBe(staff.personId);
    const events = (await listPersonMeetings(staff.personId)).map(meetingCalendarEvent);
    const parsed = new ICAL.Component(ICAL.parse(buildCalendar(events, 'Netwerkplein')));
    const vevents = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents).toHaveLength(3);
    const meeting = (await findMeetingById((await listMeetings(managedCohort(cohort.id)))[0]!.id))!;
    expect(vevents[0]!.startDate.toJSDate().getTime()).toBe(meeting.startsAt.getTime());
    expect(vevents[0]!.description).toContain('Hoe herkennen we jonge mantelzorgers?');

    const renewed = await renewCalendarFeed(ownAccount(staff.personId));
    expect(await findCalendarFeedOwner(secret)).toBeNull();
    await revokeCalendarFeed(ownAccount(staff.personId));
    expect(await findCalendarFeedOwner(renewed)).toBeNull();
  });
});
