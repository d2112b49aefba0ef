import { redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import { findActivitySchool, listExtrasForEditor, listProgramme, listQuestions } from '$lib/features/activities/data.server';
import {
  addExtra, addProgrammePart, addQuestion, moveProgrammePart, moveQuestion, removeExtra, removeProgrammePart, removeQuestion,
  updateActivity, updateExtra, updateProgrammePart, updateQuestion, type ExtraResult, type QuestionResult
} from '$lib/features/activities/mutations.server';
import { extraDateNearActivity, programmePartStart } from '$lib/features/activities/rules';
import { euroFieldText } from '$lib/kernel/money';
import { activityFormSchema, extraSchema, itemIdSchema, moveSchema, programmePartSchema, questionSchema } from '$lib/features/activities/schema';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { confirmableFail, fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireManagedActivity } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The organiser's editor of one activity: details, programme, registration questions, extras.
// Every action guards itself (only this organisation's facilitators) and, on success, redirects
// back to its section (so a reload never posts twice); failures stay on the page with the message.
const guard = (event: RequestEvent) => requireManagedActivity(event, event.params.org, event.params.activity);

const sections = { details: 'gegevens', part: 'programma', question: 'vragen', extra: 'opties' } as const;

function done(event: RequestEvent, saved: string, section: keyof typeof sections): never {
  redirect(303, `/werkruimte/${event.params.org}/activiteiten/${event.params.activity}?bewaard=${saved}#${sections[section]}`);
}

export const load: PageServerLoad = async (event) => {
  const { organisationId, activity } = await guard(event);
  const [programme, questions, extras, networks, school] = await Promise.all([
    listProgramme(activity.id), listQuestions(activity.id), listExtrasForEditor(activity.id),
    listOrganisationNetworks(organisationId), findActivitySchool(activity.schoolId)
  ]);
  const start = brusselsDateTimeParts(activity.startsAt);
  const end = brusselsDateTimeParts(activity.endsAt);
  const deadline = brusselsDateTimeParts(activity.registrationDeadline);
  const params = event.url.searchParams;
  return {
    activity: { id: activity.id, slug: activity.slug, title: activity.title, seatsTaken: activity.seatsTaken, school, organisationSlug: activity.organisationSlug },
    values: {
      kind: activity.kind, title: activity.title, summary: activity.summary, description: activity.description, audience: activity.audience,
      goals: activity.goals, learnings: activity.learnings.join('\n'), location: activity.location ?? '', onlineUrl: activity.onlineUrl ?? '',
      startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time, deadlineDate: deadline.date, deadlineTime: deadline.time,
      price: euroFieldText(activity.priceCents), priceCovers: activity.priceCovers, capacity: String(activity.capacity),
      visibility: activity.visibility, networkId: activity.networkId ?? '', institutionNumber: school?.institutionNumber ?? ''
    },
    programme: programme.map((p) => ({ ...p, at: p.startsAt ? brusselsDateTimeParts(p.startsAt) : null })),
    questions,
    extras: extras.map((e) => ({ ...e, priceText: euroFieldText(e.priceCents) })),
    networks: networks.map((n) => ({ id: n.id, name: n.name })),
    editing: { part: params.get('onderdeel'), question: params.get('vraag'), extra: params.get('optie') },
    saved: params.get('bewaard'),
    created: params.has('nieuw')
  };
};

/** An item id from the form, or a 400 like any other unreadable input. */
async function readItem<S extends z.ZodType<{ id: string }>>(event: RequestEvent, schema: S, form: string) {
  const data = await event.request.formData();
  const parsed = parseForm<S>(schema, data);
  return parsed.ok ? { ok: true as const, data, item: parsed.data } : { ok: false as const, failure: formFail(400, parsed.failure, form) };
}

function questionFail(result: Exclude<QuestionResult, { ok: true }>, data: FormData, form: string, editedId: string | null) {
  switch (result.reason) {
    case 'not-found': return fieldFail(404, 'form', 'activitiesItemNotFound', data, form);
    case 'too-many': return fieldFail(409, 'form', 'activitiesTooManyItems', data, form);
    case 'has-dependants': return fieldFail(409, 'form', 'activitiesQuestionHasDependants', data, form);
    case 'move-breaks-condition': return fieldFail(409, 'form', 'activitiesQuestionMoveBreaksCondition', data, form);
    case 'invalid-condition':
      // The edited question's own condition, or a later question whose condition this change breaks.
      if (result.questionId === (editedId ?? 'new')) {
        const field = result.key === 'activitiesConditionAnswerRequired' || result.key === 'activitiesConditionNotAnOption' ? 'dependsOnAnswer' : 'dependsOnQuestionId';
        return fieldFail(400, field, result.key, data, form);
      }
      return fieldFail(409, 'options', 'activitiesQuestionDependantBroken', data, form);
  }
}

function extraFail(result: Exclude<ExtraResult, { ok: true }>, data: FormData, form: string) {
  switch (result.reason) {
    case 'not-found': return fieldFail(404, 'form', 'activitiesItemNotFound', data, form);
    case 'too-many': return fieldFail(409, 'form', 'activitiesTooManyItems', data, form);
    case 'capacity-below-taken': return fieldFail(409, 'capacity', 'activitiesExtraCapacityBelowTaken', data, form);
    case 'chosen': return fieldFail(409, 'form', 'activitiesExtraChosen', data, form);
  }
}

type Dates = { startsAt: Date; endsAt: Date };

async function readPart(event: RequestEvent, activity: Dates, form: string) {
  const data = await event.request.formData();
  const parsed = parseForm(programmePartSchema, data);
  if (!parsed.ok) return { ok: false as const, failure: formFail(400, parsed.failure, form) };
  const start = programmePartStart(parsed.data, activity);
  if (!start.ok) return { ok: false as const, failure: fieldFail(400, 'date', 'activitiesPartOutsideActivity', data, form) };
  const { date: _date, time: _time, ...rest } = parsed.data;
  return { ok: true as const, data, part: { ...rest, startsAt: start.startsAt } };
}

async function readExtra(event: RequestEvent, activity: Dates, form: string) {
  const data = await event.request.formData();
  const parsed = parseForm(extraSchema, data);
  if (!parsed.ok) return { ok: false as const, failure: formFail(400, parsed.failure, form) };
  const near = parsed.data.date === null
    || extraDateNearActivity(parsed.data.date, brusselsDateTimeParts(activity.startsAt).date, brusselsDateTimeParts(activity.endsAt).date);
  if (!near) return { ok: false as const, failure: fieldFail(400, 'date', 'activitiesExtraDateFar', data, form) };
  return { ok: true as const, data, extra: parsed.data };
}

export const actions: Actions = {
  details: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(activityFormSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'details');
    const result = await updateActivity(organisationId, activity.id, parsed.data);
    if (!result.ok) {
      switch (result.reason) {
        case 'calendar': return confirmableFail({}, result.concerns, data, 'details');
        case 'not-found': return fieldFail(404, 'form', 'activityNotFound', data, 'details');
        case 'network-not-found': return fieldFail(400, 'networkId', 'activitiesNetworkRequired', data, 'details');
        case 'school-not-found': return fieldFail(400, 'institutionNumber', 'schoolNotFound', data, 'details');
        case 'capacity-below-taken': return fieldFail(409, 'capacity', 'activitiesCapacityBelowTaken', data, 'details');
      }
    }
    done(event, 'details', 'details');
  },

  addPart: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readPart(event, activity, 'addPart');
    if (!read.ok) return read.failure;
    const result = await addProgrammePart(organisationId, activity.id, read.part);
    if (!result.ok) return fieldFail(result.reason === 'not-found' ? 404 : 409, 'form', result.reason === 'not-found' ? 'activitiesItemNotFound' : 'activitiesTooManyItems', read.data, 'addPart');
    done(event, 'part', 'part');
  },
  editPart: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readPart(event, activity, 'editPart');
    if (!read.ok) return read.failure;
    const id = itemIdSchema.safeParse({ id: read.data.get('id') });
    if (!id.success || !(await updateProgrammePart(organisationId, activity.id, id.data.id, read.part)).ok) {
      return fieldFail(404, 'form', 'activitiesItemNotFound', read.data, 'editPart');
    }
    done(event, 'part', 'part');
  },
  removePart: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readItem(event, itemIdSchema, 'removePart');
    if (!read.ok) return read.failure;
    if (!(await removeProgrammePart(organisationId, activity.id, read.item.id)).ok) return fieldFail(404, 'form', 'activitiesItemNotFound', read.data, 'removePart');
    done(event, 'partRemoved', 'part');
  },
  movePart: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readItem(event, moveSchema, 'movePart');
    if (!read.ok) return read.failure;
    if (!(await moveProgrammePart(organisationId, activity.id, read.item.id, read.item.direction)).ok) return fieldFail(404, 'form', 'activitiesItemNotFound', read.data, 'movePart');
    done(event, 'moved', 'part');
  },

  addQuestion: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(questionSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'addQuestion');
    const result = await addQuestion(organisationId, activity.id, parsed.data);
    if (!result.ok) return questionFail(result, data, 'addQuestion', null);
    done(event, 'question', 'question');
  },
  editQuestion: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(questionSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'editQuestion');
    const id = itemIdSchema.safeParse({ id: data.get('id') });
    if (!id.success) return fieldFail(404, 'form', 'activitiesItemNotFound', data, 'editQuestion');
    const result = await updateQuestion(organisationId, activity.id, id.data.id, parsed.data);
    if (!result.ok) return questionFail(result, data, 'editQuestion', id.data.id);
    done(event, 'question', 'question');
  },
  removeQuestion: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readItem(event, itemIdSchema, 'removeQuestion');
    if (!read.ok) return read.failure;
    const result = await removeQuestion(organisationId, activity.id, read.item.id);
    if (!result.ok) return questionFail(result, read.data, 'removeQuestion', read.item.id);
    done(event, 'questionRemoved', 'question');
  },
  moveQuestion: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readItem(event, moveSchema, 'moveQuestion');
    if (!read.ok) return read.failure;
    const result = await moveQuestion(organisationId, activity.id, read.item.id, read.item.direction);
    if (!result.ok) return questionFail(result, read.data, 'moveQuestion', read.item.id);
    done(event, 'moved', 'question');
  },

  addExtra: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readExtra(event, activity, 'addExtra');
    if (!read.ok) return read.failure;
    const result = await addExtra(organisationId, activity.id, read.extra);
    if (!result.ok) return extraFail(result, read.data, 'addExtra');
    done(event, 'extra', 'extra');
  },
  editExtra: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readExtra(event, activity, 'editExtra');
    if (!read.ok) return read.failure;
    const id = itemIdSchema.safeParse({ id: read.data.get('id') });
    if (!id.success) return fieldFail(404, 'form', 'activitiesItemNotFound', read.data, 'editExtra');
    const result = await updateExtra(organisationId, activity.id, id.data.id, read.extra);
    if (!result.ok) return extraFail(result, read.data, 'editExtra');
    done(event, 'extra', 'extra');
  },
  removeExtra: async (event) => {
    const { organisationId, activity } = await guard(event);
    const read = await readItem(event, itemIdSchema, 'removeExtra');
    if (!read.ok) return read.failure;
    const result = await removeExtra(organisationId, activity.id, read.item.id);
    if (!result.ok) return extraFail(result, read.data, 'removeExtra');
    done(event, 'extraRemoved', 'extra');
  }
};
