// Registration questions: which apply, and reading the answers a person gave. Pure, so the
// registration form, its change form and the organiser's export all follow the same rule.

export interface RegistrationQuestion {
  id: string;
  kind: 'short' | 'long' | 'choice';
  label: string;
  options: string[];
  required: boolean;
  /** Asked only when this earlier question got `dependsOnAnswer`. */
  dependsOnQuestionId: string | null;
  dependsOnAnswer: string | null;
}

export const answerLimits = { short: 300, long: 4000 } as const;

export type AnswerErrorKey = 'answerRequired' | 'answerTooLong' | 'answerNotAnOption';

/**
 * The questions that apply, in order: one without a condition always; a dependent one only when
 * the question it depends on applies and got exactly the expected answer. Questions are expected in
 * their position order, and a condition may only point at an earlier question (the editor enforces it).
 */
export function applicableQuestions(questions: RegistrationQuestion[], answers: Record<string, string>): RegistrationQuestion[] {
  const applies = new Set<string>();
  for (const q of questions) {
    if (q.dependsOnQuestionId === null) applies.add(q.id);
    else if (applies.has(q.dependsOnQuestionId) && (answers[q.dependsOnQuestionId] ?? '').trim() === (q.dependsOnAnswer ?? '').trim()) applies.add(q.id);
  }
  return questions.filter((q) => applies.has(q.id));
}

/**
 * Reads raw answers (question id → submitted text). Answers to questions that do not apply are
 * dropped, so a changed earlier answer never leaves a stale dependent answer behind.
 */
export function readAnswers(
  questions: RegistrationQuestion[],
  raw: Record<string, string | undefined>
): { ok: true; answers: Record<string, string> } | { ok: false; errors: Record<string, AnswerErrorKey> } {
  const trimmed: Record<string, string> = {};
  for (const q of questions) trimmed[q.id] = (raw[q.id] ?? '').trim();
  const answers: Record<string, string> = {};
  const errors: Record<string, AnswerErrorKey> = {};
  for (const q of applicableQuestions(questions, trimmed)) {
    const value = trimmed[q.id] ?? '';
    if (value === '') {
      if (q.required) errors[q.id] = 'answerRequired';
      continue;
    }
    if (q.kind === 'choice' && !q.options.includes(value)) errors[q.id] = 'answerNotAnOption';
    else if (value.length > (q.kind === 'long' ? answerLimits.long : answerLimits.short)) errors[q.id] = 'answerTooLong';
    else answers[q.id] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}
