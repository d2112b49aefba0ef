import { describe, expect, it } from 'vitest';
import { activityFormSchema, extraSchema, programmePartSchema, questionSchema } from './schema';

const valid = {
  kind: 'vorming', title: 'Jonge mantelzorgers herkennen', summary: 'Een vorming.', learnings: 'Signalen herkennen\n\n Een gesprek voeren ',
  location: 'Samana, Brussel', onlineUrl: '', startDate: '2031-03-12', startTime: '09:30', endDate: '2031-03-12', endTime: '16:00',
  deadlineDate: '2031-03-05', deadlineTime: '23:59', price: '95,50', capacity: '30', visibility: 'public'
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('activityFormSchema', () => {
  it('reads Brussels times, euro prices and one learning per line', () => {
    const parsed = activityFormSchema.parse(valid);
    expect(parsed).toMatchObject({
      startsAt: new Date('2031-03-12T08:30:00Z'), endsAt: new Date('2031-03-12T15:00:00Z'), registrationDeadline: new Date('2031-03-05T22:59:00Z'),
      priceCents: 9550, capacity: 30, learnings: ['Signalen herkennen', 'Een gesprek voeren'], onlineUrl: null, networkId: null, institutionNumber: null
    });
  });

  it('explains each mistake with a key next to its field', () => {
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, title: 'x', price: 'veel', capacity: '0', onlineUrl: 'http://meet.example' })))
      .toEqual({ title: 'activitiesTitleRequired', price: 'activitiesPriceInvalid', capacity: 'activitiesCapacityInvalid', onlineUrl: 'activitiesOnlineUrlInvalid' });
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, endTime: '09:00', deadlineDate: '2031-03-12', deadlineTime: '10:00' })))
      .toEqual({ endDate: 'activitiesEndBeforeStart', deadlineDate: 'activitiesDeadlineAfterStart' });
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, location: '' }))).toEqual({ location: 'activitiesWhereRequired' });
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, visibility: 'network', networkId: '' }))).toEqual({ networkId: 'activitiesNetworkRequired' });
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, visibility: 'school', institutionNumber: '12' }))).toEqual({ institutionNumber: 'institutionNumberInvalid' });
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, capacity: '10001' }))).toEqual({ capacity: 'activitiesCapacityInvalid' });
    expect(errorsOf(activityFormSchema.safeParse({}))).toMatchObject({ kind: 'activitiesKindInvalid', title: 'activitiesTitleRequired', startDate: 'dateInvalid' });
  });

  it('asks who comes together with a municipality only when the organiser ticks it (ADR 030)', () => {
    expect(activityFormSchema.parse(valid).municipalPairs).toBe(false);
    expect(activityFormSchema.parse({ ...valid, municipalPairs: 'on' }).municipalPairs).toBe(true);
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, municipalPairs: 'ja' }))).toEqual({ municipalPairs: 'invalidInput' });
  });

  it('reports the rules across fields together with a field that failed, so every problem shows at once', () => {
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, price: 'veel', location: '', deadlineDate: '2031-03-13' })))
      .toEqual({ price: 'activitiesPriceInvalid', location: 'activitiesWhereRequired', deadlineDate: 'activitiesDeadlineAfterStart' });
    // A rule about a date that did not parse stays silent: the date's own message says enough.
    expect(errorsOf(activityFormSchema.safeParse({ ...valid, startDate: '2031-02-30', deadlineDate: '2031-03-13' }))).toEqual({ startDate: 'dateInvalid' });
  });

  it('keeps the network or school only for that visibility', () => {
    const networkId = '00000000-0000-4000-8000-000000000001';
    expect(activityFormSchema.parse({ ...valid, networkId, institutionNumber: '35865' })).toMatchObject({ networkId: null, institutionNumber: null });
    expect(activityFormSchema.parse({ ...valid, visibility: 'school', institutionNumber: '35865' })).toMatchObject({ institutionNumber: '035865' });
    expect(activityFormSchema.parse({ ...valid, visibility: 'network', networkId })).toMatchObject({ networkId });
  });
});

describe('programme, question and extra forms', () => {
  it('needs a time with a date for a programme part', () => {
    expect(errorsOf(programmePartSchema.safeParse({ kind: 'bezoek', title: 'Schulmentoren', date: '2031-03-12' }))).toEqual({ time: 'activitiesPartTimeRequired' });
    expect(programmePartSchema.parse({ kind: 'lezing', title: 'Welkom', time: '09:30', place: '' })).toMatchObject({ date: '', time: '09:30', place: null });
  });

  it('needs 2 to 20 options for a choice question and a complete condition', () => {
    expect(errorsOf(questionSchema.safeParse({ kind: 'choice', label: 'Functie', options: 'Directeur\nDirecteur' }))).toEqual({ options: 'activitiesOptionsCount' });
    expect(questionSchema.parse({ kind: 'choice', label: 'Functie', options: ' Directeur \nLeerkracht\n\n', required: 'on' }))
      .toMatchObject({ options: ['Directeur', 'Leerkracht'], required: true, dependsOnQuestionId: null, dependsOnAnswer: null });
    expect(questionSchema.parse({ kind: 'short', label: 'Gemeente', options: 'genegeerd' }).options).toEqual([]);
    expect(errorsOf(questionSchema.safeParse({ kind: 'short', label: 'Gemeente', dependsOnAnswer: 'Ja' }))).toEqual({ dependsOnQuestionId: 'activitiesConditionQuestionRequired' });
    expect(errorsOf(questionSchema.safeParse({ kind: 'short', label: 'Gemeente', dependsOnQuestionId: 'x' }))).toEqual({ dependsOnQuestionId: 'activitiesConditionUnknown' });
  });

  it('reads an extra with an optional date and capacity', () => {
    expect(extraSchema.parse({ title: 'Gezamenlijk diner', date: '', price: '', capacity: '' })).toEqual({ title: 'Gezamenlijk diner', date: null, price: 0, capacity: null });
    expect(extraSchema.parse({ title: 'Diner', date: '2031-03-12', price: '35', capacity: '20' })).toEqual({ title: 'Diner', date: '2031-03-12', price: 3500, capacity: 20 });
    expect(errorsOf(extraSchema.safeParse({ title: 'Diner', capacity: '0', date: '2031-02-30' }))).toEqual({ capacity: 'activitiesExtraCapacityInvalid', date: 'dateInvalid' });
  });
});
