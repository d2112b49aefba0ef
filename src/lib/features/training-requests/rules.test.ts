import { describe, expect, it } from 'vitest';
import { planTimes } from './rules';
import { planTrainingSchema, trainingRequestSchema } from './schema';

describe('planTimes', () => {
  const now = new Date('2027-01-01T10:00:00Z');
  const base = { startDate: '2027-03-10', startTime: '13:30', endDate: '2027-03-10', endTime: '16:30', deadlineDate: '2027-03-03' };

  it('turns Brussels wall-clock times into instants, across summer time', () => {
    expect(planTimes(base, now)).toEqual({
      ok: true, startsAt: new Date('2027-03-10T12:30:00Z'), endsAt: new Date('2027-03-10T15:30:00Z'), registrationDeadline: new Date('2027-03-03T22:59:00Z')
    });
    const summer = planTimes({ ...base, startDate: '2027-05-12', endDate: '2027-05-12', deadlineDate: '2027-05-05' }, now);
    expect(summer.ok && summer.startsAt.toISOString()).toBe('2027-05-12T11:30:00.000Z');
  });

  it('refuses a start in the past, an end before the start, a deadline after the start or already passed', () => {
    expect(planTimes(base, new Date('2027-04-01T00:00:00Z'))).toMatchObject({ ok: false, field: 'startDate', key: 'communityStartInPast' });
    expect(planTimes({ ...base, endTime: '13:30' }, now)).toMatchObject({ ok: false, field: 'endTime', key: 'communityEndBeforeStart' });
    expect(planTimes({ ...base, endDate: '2027-03-09', endTime: '17:00' }, now)).toMatchObject({ ok: false, key: 'communityEndBeforeStart' });
    expect(planTimes({ ...base, deadlineDate: '2027-03-10' }, now)).toMatchObject({ ok: false, field: 'deadlineDate', key: 'communityDeadlineAfterStart' });
    expect(planTimes(base, new Date('2027-03-04T08:00:00Z'))).toMatchObject({ ok: false, field: 'deadlineDate', key: 'communityDeadlinePast' });
  });
});

describe('request and plan input', () => {
  it('needs an organisation, a kind, a theme, an audience and a period', () => {
    const result = trainingRequestSchema.safeParse({});
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
      'communityAudienceRequired', 'communityKindInvalid', 'communityOrganisationRequired', 'communityPeriodRequired', 'communityThemeRequired'
    ]);
    expect(trainingRequestSchema.safeParse({ organisationId: '6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', kind: 'praktisch', theme: 'Jonge mantelzorgers',
      audience: 'Zorgteam', preferredPeriod: 'x'.repeat(121) }).error?.issues[0]?.message).toBe('communityPeriodRequired');
  });
  it('reads the capacity as a whole number between 1 and 1000 and dates strictly', () => {
    const year = new Date().getUTCFullYear() + 1;
    const plan = { requestId: '6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', title: 'Vorming', startDate: `${year}-03-10`, startTime: '13:30', endDate: `${year}-03-10`,
      endTime: '16:30', location: 'Mechelen', capacity: '20', deadlineDate: `${year}-03-03` };
    expect(planTrainingSchema.parse(plan).plan.capacity).toBe(20);
    // The planned times are part of the input: every caller gets the check, not only the page.
    expect(planTrainingSchema.safeParse({ ...plan, startDate: '2020-03-10', endDate: '2020-03-10', deadlineDate: '2020-03-03' }).error?.issues[0])
      .toMatchObject({ path: ['startDate'], message: 'communityStartInPast' });
    expect(planTrainingSchema.safeParse({ ...plan, capacity: '0' }).error?.issues[0]?.message).toBe('communityCapacityInvalid');
    expect(planTrainingSchema.safeParse({ ...plan, capacity: '2.5' }).error?.issues[0]?.message).toBe('communityCapacityInvalid');
    expect(planTrainingSchema.safeParse({ ...plan, startDate: '2027-02-30' }).error?.issues[0]?.message).toBe('dateInvalid');
    expect(planTrainingSchema.safeParse({ ...plan, endTime: '25:00' }).error?.issues[0]?.message).toBe('timeInvalid');
  });
});
