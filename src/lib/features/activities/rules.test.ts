import { describe, expect, it } from 'vitest';
import {
  applicableQuestions, extraDateNearActivity, firstFreeSlug, movedList, programmePartStart, questionTree,
  readAnswers, slugFromTitle, validateQuestionList, type QuestionNode, type RegistrationQuestion
} from './rules';

const q = (id: string, extra: Partial<RegistrationQuestion> = {}): RegistrationQuestion =>
  ({ id, kind: 'short', label: id, options: [], required: false, dependsOnQuestionId: null, dependsOnAnswer: null, ...extra });

const role = q('role', { kind: 'choice', options: ['Directeur', 'Gemeentefunctionaris'], required: true });
const municipality = q('municipality', { required: true, dependsOnQuestionId: 'role', dependsOnAnswer: 'Gemeentefunctionaris' });
const department = q('department', { dependsOnQuestionId: 'municipality', dependsOnAnswer: 'Gent' });
const remarks = q('remarks', { kind: 'long' });
const questions = [role, municipality, department, remarks];

describe('applicableQuestions', () => {
  it('asks a dependent question only after the expected answer, also down a chain', () => {
    expect(applicableQuestions(questions, { role: 'Directeur' }).map((x) => x.id)).toEqual(['role', 'remarks']);
    expect(applicableQuestions(questions, { role: 'Gemeentefunctionaris', municipality: 'Gent' }).map((x) => x.id))
      .toEqual(['role', 'municipality', 'department', 'remarks']);
    // The chain breaks when a link does not apply, even if a later answer matches.
    expect(applicableQuestions(questions, { role: 'Directeur', municipality: 'Gent' }).map((x) => x.id)).toEqual(['role', 'remarks']);
  });
});

describe('questionTree', () => {
  // The shape only: question ids, what each option reveals, and which stay shown with a hint.
  type Shape = { id: string; hint?: true; reveals?: Shape[][] };
  const shape = (nodes: QuestionNode<RegistrationQuestion>[]): Shape[] => nodes.map((n) => ({
    id: n.question.id, ...(n.shownWithHint ? { hint: true as const } : {}), ...(n.reveals.some((r) => r.length > 0) ? { reveals: n.reveals.map(shape) } : {})
  }));

  it('puts a question under the option that reveals it, and one after a typed answer next to that question, with a hint', () => {
    expect(shape(questionTree(questions))).toEqual([
      { id: 'role', reveals: [[], [{ id: 'municipality' }, { id: 'department', hint: true }]] },
      { id: 'remarks' }
    ]);
  });

  it('gives each option its own questions and keeps the order of the others', () => {
    const train = q('train', { kind: 'choice', options: ['Ja', 'Nee'] });
    const station = q('station', { required: true, dependsOnQuestionId: 'train', dependsOnAnswer: 'Ja' });
    const how = q('how', { dependsOnQuestionId: 'train', dependsOnAnswer: ' Nee ' });
    expect(shape(questionTree([remarks, train, role, station, how]))).toEqual([
      { id: 'remarks' }, { id: 'train', reveals: [[{ id: 'station' }], [{ id: 'how' }]] }, { id: 'role' }
    ]);
  });

  it('leaves a condition it cannot follow shown, with its hint (an answer that is no option, an unknown question)', () => {
    const odd = q('odd', { dependsOnQuestionId: 'role', dependsOnAnswer: 'Koning' });
    const lost = q('lost', { dependsOnQuestionId: 'gone', dependsOnAnswer: 'Ja' });
    expect(shape(questionTree([role, odd, lost]))).toEqual([{ id: 'role' }, { id: 'odd', hint: true }, { id: 'lost', hint: true }]);
  });
});

describe('readAnswers', () => {
  it('requires required questions only where they apply and drops answers that do not apply', () => {
    expect(readAnswers(questions, { role: 'Directeur', municipality: 'Gent', remarks: ' Tot dan ' }))
      .toEqual({ ok: true, answers: { role: 'Directeur', remarks: 'Tot dan' } });
    expect(readAnswers(questions, { role: 'Gemeentefunctionaris' })).toEqual({ ok: false, errors: { municipality: 'answerRequired' } });
    expect(readAnswers(questions, {})).toEqual({ ok: false, errors: { role: 'answerRequired' } });
  });

  it('refuses an answer that is not one of the options or is too long', () => {
    expect(readAnswers(questions, { role: 'Koning' })).toEqual({ ok: false, errors: { role: 'answerNotAnOption' } });
    expect(readAnswers([q('a')], { a: 'x'.repeat(301) })).toEqual({ ok: false, errors: { a: 'answerTooLong' } });
    expect(readAnswers([q('a', { kind: 'long' })], { a: 'x'.repeat(301) })).toEqual({ ok: true, answers: { a: 'x'.repeat(301) } });
  });
});

describe('slugs', () => {
  it('derives a slug from the title without accents or punctuation', () => {
    expect(slugFromTitle('Studiereis Hamburg: Schulmentoren & ouders')).toBe('studiereis-hamburg-schulmentoren-en-ouders');
    expect(slugFromTitle('Vorming “Jonge mantelzorgers” — één dag')).toBe('vorming-jonge-mantelzorgers-een-dag');
    expect(slugFromTitle('!!')).toBe('activiteit');
    expect(slugFromTitle('x'.repeat(100))).toHaveLength(60);
  });

  it('adds -2, -3… when a slug is taken in the organisation', () => {
    expect(firstFreeSlug('studiedag', new Set())).toBe('studiedag');
    expect(firstFreeSlug('studiedag', new Set(['studiedag']))).toBe('studiedag-2');
    expect(firstFreeSlug('studiedag', new Set(['studiedag', 'studiedag-2']))).toBe('studiedag-3');
    const long = 'a'.repeat(60);
    expect(firstFreeSlug(long, new Set([long]))).toBe(`${'a'.repeat(58)}-2`);
  });
});

describe('validateQuestionList', () => {
  it('accepts conditions on earlier questions with a valid answer', () => {
    expect(validateQuestionList(questions)).toEqual({ ok: true });
  });

  it('refuses a condition on a later or unknown question, without an answer, or with an answer that is no option', () => {
    expect(validateQuestionList([municipality, role])).toEqual({ ok: false, questionId: 'municipality', key: 'activitiesConditionNotEarlier' });
    expect(validateQuestionList([{ ...role, dependsOnQuestionId: 'role', dependsOnAnswer: 'x' }]))
      .toEqual({ ok: false, questionId: 'role', key: 'activitiesConditionNotEarlier' });
    expect(validateQuestionList([municipality])).toEqual({ ok: false, questionId: 'municipality', key: 'activitiesConditionUnknown' });
    expect(validateQuestionList([role, { ...municipality, dependsOnAnswer: ' ' }]))
      .toEqual({ ok: false, questionId: 'municipality', key: 'activitiesConditionAnswerRequired' });
    expect(validateQuestionList([role, { ...municipality, dependsOnAnswer: 'Koning' }]))
      .toEqual({ ok: false, questionId: 'municipality', key: 'activitiesConditionNotAnOption' });
    // Taking an option away from a question others depend on breaks the list as a whole.
    expect(validateQuestionList([{ ...role, options: ['Directeur', 'Leerkracht'] }, municipality]).ok).toBe(false);
  });

  it('checks a move as the list it gives', () => {
    expect(movedList(questions, 0, 'up')).toBeNull();
    expect(movedList(questions, 3, 'down')).toBeNull();
    expect(validateQuestionList(movedList(questions, 1, 'up')!).ok).toBe(false);
    expect(validateQuestionList(movedList(questions, 3, 'up')!).ok).toBe(true);
  });
});

describe('dates of programme parts and extras', () => {
  // Friday 19 to Monday 22 November 2027, Brussels time (CET, UTC+1).
  const trip = { startsAt: new Date('2027-11-19T07:00:00Z'), endsAt: new Date('2027-11-22T17:00:00Z') };

  it('puts a time without a date on the first day and refuses a date outside the activity', () => {
    expect(programmePartStart({ date: '', time: '' }, trip)).toEqual({ ok: true, startsAt: null });
    expect(programmePartStart({ date: '', time: '10:30' }, trip)).toEqual({ ok: true, startsAt: new Date('2027-11-19T09:30:00Z') });
    expect(programmePartStart({ date: '2027-11-22', time: '14:00' }, trip)).toEqual({ ok: true, startsAt: new Date('2027-11-22T13:00:00Z') });
    expect(programmePartStart({ date: '2027-11-23', time: '09:00' }, trip)).toEqual({ ok: false });
  });

  it('allows an extra during the activity or up to a week around it', () => {
    expect(extraDateNearActivity('2027-11-21', '2027-11-19', '2027-11-22')).toBe(true);
    expect(extraDateNearActivity('2027-11-12', '2027-11-19', '2027-11-22')).toBe(true);
    expect(extraDateNearActivity('2027-11-11', '2027-11-19', '2027-11-22')).toBe(false);
    expect(extraDateNearActivity('2027-11-30', '2027-11-19', '2027-11-22')).toBe(false);
  });
});
