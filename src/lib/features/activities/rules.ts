// Registration questions: which apply, and reading the answers a person gave. Pure, so the
// registration form, its change form and the organiser's export all follow the same rule.
// Below them, the pure rules of the organiser's editor (slugs, conditions, dates).
import { calendarConcerns, type CalendarConcernKey } from '../calendar/rules';
import { brusselsDateTimeParts, brusselsInstant } from '$lib/kernel/time';

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

type Conditional = Pick<RegistrationQuestion, 'id' | 'kind' | 'options' | 'dependsOnQuestionId' | 'dependsOnAnswer'>;

export interface QuestionNode<Q extends Conditional> {
  question: Q;
  /** A choice question only: per option (same order), the questions that answer reveals. */
  reveals: QuestionNode<Q>[][];
  /**
   * Asked only after a typed answer (or a condition the editor should have refused): a page
   * without JavaScript cannot follow it, so the question stays shown and says when it applies.
   */
  shownWithHint: boolean;
}

/**
 * How the form lays the questions out so that CSS alone (`:has(:checked)`) hides what does not
 * apply: a question that depends on a choice sits under the option that reveals it, and so hides
 * with it, also down a chain. A question that depends on a typed answer follows that question in
 * the same place. Otherwise the position order is kept. The server rule stays readAnswers.
 */
export function questionTree<Q extends Conditional>(questions: Q[]): QuestionNode<Q>[] {
  const roots: QuestionNode<Q>[] = [];
  const nodes = new Map<string, QuestionNode<Q>>();
  const placeOf = new Map<string, QuestionNode<Q>[]>();
  for (const question of questions) {
    const node: QuestionNode<Q> = { question, reveals: question.kind === 'choice' ? question.options.map(() => []) : [], shownWithHint: false };
    const controller = question.dependsOnQuestionId === null ? undefined : nodes.get(question.dependsOnQuestionId);
    const option = controller?.question.kind === 'choice' ? controller.question.options.indexOf((question.dependsOnAnswer ?? '').trim()) : -1;
    let place = roots;
    if (controller && option >= 0) place = controller.reveals[option]!;
    else if (question.dependsOnQuestionId !== null) {
      node.shownWithHint = true;
      place = (controller && placeOf.get(controller.question.id)) ?? roots;
    }
    place.push(node);
    nodes.set(question.id, node);
    placeOf.set(question.id, place);
  }
  return roots;
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

// ---------- the organiser's editor ----------

export const slugMaxLength = 60;

/** The URL name of an activity from its title: lower case, no accents, words joined by dashes. */
export function slugFromTitle(title: string): string {
  const slug = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' en ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    .slice(0, slugMaxLength).replace(/-+$/, '');
  return slug.length >= 3 ? slug : `activiteit${slug ? `-${slug}` : ''}`;
}

/** The first of base, base-2, base-3… that is not taken (slugs are unique per organisation). */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, slugMaxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type QuestionListErrorKey =
  | 'activitiesConditionUnknown' | 'activitiesConditionNotEarlier' | 'activitiesConditionAnswerRequired' | 'activitiesConditionNotAnOption';

/**
 * Checks the conditions of a list of questions in their order: a condition points at an EARLIER
 * question of the same list and names an answer; for a choice question that answer is one of its
 * options. Every change of the list (add, edit, move, remove) is checked as the list it would give,
 * so no change can leave a question that could never be asked or that points forward.
 */
export function validateQuestionList(
  questions: Pick<RegistrationQuestion, 'id' | 'kind' | 'options' | 'dependsOnQuestionId' | 'dependsOnAnswer'>[]
): { ok: true } | { ok: false; questionId: string; key: QuestionListErrorKey } {
  for (const [index, q] of questions.entries()) {
    if (q.dependsOnQuestionId === null) continue;
    const targetIndex = questions.findIndex((t) => t.id === q.dependsOnQuestionId);
    if (targetIndex < 0) return { ok: false, questionId: q.id, key: 'activitiesConditionUnknown' };
    if (targetIndex >= index) return { ok: false, questionId: q.id, key: 'activitiesConditionNotEarlier' };
    const answer = (q.dependsOnAnswer ?? '').trim();
    if (answer === '') return { ok: false, questionId: q.id, key: 'activitiesConditionAnswerRequired' };
    const target = questions[targetIndex]!;
    if (target.kind === 'choice' && !target.options.includes(answer)) return { ok: false, questionId: q.id, key: 'activitiesConditionNotAnOption' };
  }
  return { ok: true };
}

/** The list with the item at `index` swapped with its neighbour; null at either end. */
export function movedList<T>(items: T[], index: number, direction: 'up' | 'down'): T[] | null {
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= items.length) return null;
  const copy = [...items];
  [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  return copy;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Days between two YYYY-MM-DD dates (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}

/** How far (in days) an extra such as a dinner may lie before the first or after the last day. */
export const extraDateMarginDays = 7;

/** Whether an extra's date lies within the activity's days or at most a week before or after. */
export function extraDateNearActivity(date: string, firstDay: string, lastDay: string): boolean {
  return daysBetween(firstDay, date) >= -extraDateMarginDays && daysBetween(lastDay, date) <= extraDateMarginDays;
}

/** An extra without a date always fits; one with a date lies near the activity's days (Brussels). */
export function extraDateFitsActivity(date: string | null, activity: { startsAt: Date; endsAt: Date }): boolean {
  return date === null || extraDateNearActivity(date, brusselsDateTimeParts(activity.startsAt).date, brusselsDateTimeParts(activity.endsAt).date);
}

/** Whether a programme part's date lies within the activity's days (first to last, inclusive). */
export function dateWithinActivity(date: string, firstDay: string, lastDay: string): boolean {
  return daysBetween(firstDay, date) >= 0 && daysBetween(lastDay, date) <= 0;
}

/**
 * When a programme part starts: a date and time (Brussels), or only a time on the activity's first
 * day (a one-day activity needs no date per part), or nothing. A date outside the activity's days
 * is refused: a part of the programme happens during the activity.
 */
export function programmePartStart(
  input: { date: string; time: string },
  activity: { startsAt: Date; endsAt: Date }
): { ok: true; startsAt: Date | null } | { ok: false } {
  if (input.time === '') return { ok: true, startsAt: null };
  const firstDay = brusselsDateTimeParts(activity.startsAt).date;
  const date = input.date === '' ? firstDay : input.date;
  if (!dateWithinActivity(date, firstDay, brusselsDateTimeParts(activity.endsAt).date)) return { ok: false };
  return { ok: true, startsAt: brusselsInstant(date, input.time) };
}

/** A programme part as stored: its start from the typed date and time; null when that lies outside the activity's days. */
export function programmePartValues<P extends { date: string; time: string }>(input: P, activity: { startsAt: Date; endsAt: Date }) {
  const start = programmePartStart(input, activity);
  if (!start.ok) return null;
  const { date: _date, time: _time, ...rest } = input;
  return { ...rest, startsAt: start.startsAt };
}

// ---------- dates against the school calendar ----------

export interface ActivityDates { startsAt: Date; endsAt: Date; registrationDeadline: Date }

/**
 * Warnings (field → key) for the activity's dates that fall on a day without school by the Flemish
 * calendar. Only dates that changed are checked: a confirmed weekend trip does not ask again.
 */
export function activityDateConcerns(next: ActivityDates, stored: ActivityDates | null): Record<string, CalendarConcernKey> {
  const fields = [['startDate', 'startsAt'], ['endDate', 'endsAt'], ['deadlineDate', 'registrationDeadline']] as const;
  const day = (instant: Date) => brusselsDateTimeParts(instant).date;
  return calendarConcerns(fields
    .filter(([, key]) => !stored || day(stored[key]) !== day(next[key]))
    .map(([field, key]) => ({ field, date: day(next[key]) })), new Date());
}
