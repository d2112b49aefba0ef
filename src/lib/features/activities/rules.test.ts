import { describe, expect, it } from 'vitest';
import { applicableQuestions, readAnswers, type RegistrationQuestion } from './rules';

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
