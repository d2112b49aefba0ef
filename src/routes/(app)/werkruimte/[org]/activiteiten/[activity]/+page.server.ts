import { redirect } from '@sveltejs/kit';
import { findActivitySchool, listExtrasForEditor, listProgramme, listQuestions } from '$lib/features/activities/data.server';
import {
  addExtra, addProgrammePart, addQuestion, extraFailures, itemFailures, moveProgrammePart, moveQuestion, programmePartFailures, questionFailures,
  removeExtra, removeProgrammePart, removeQuestion, updateActivity, updateActivityFailures, updateExtra, updateProgrammePart, updateQuestion
} from '$lib/features/activities/mutations.server';
import { euroFieldText } from '$lib/kernel/money';
import {
  activityFormSchema, extraSchema, itemIdSchema, moveSchema, programmePartSchema, questionSchema, withItemId
} from '$lib/features/activities/schema';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { defineAction } from '$lib/server/actions';
import { requireManagedActivity } from '$lib/features/activities/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The organiser's editor of one activity: details, programme, registration questions, extras.
// Every action guards itself (only this organisation's facilitators) and, on success, redirects
// back to its section (so a reload never posts twice); failures stay on the page with the message.
const guard = (event: RequestEvent) => requireManagedActivity(event, event.params.org, event.params.activity);

const sections = { details: 'gegevens', part: 'programma', question: 'vragen', extra: 'opties' } as const;

function back(event: RequestEvent, saved: string, section: keyof typeof sections): never {
  redirect(303, `/werkruimte/${event.params.org}/activiteiten/${event.params.activity}?bewaard=${saved}#${sections[section]}`);
}

export const load: PageServerLoad = async (event) => {
  const { organisationId, activity, managed } = await guard(event);
  const [programme, questions, extras, networks, school] = await Promise.all([
    listProgramme(activity.id), listQuestions(activity.id), listExtrasForEditor(managed),
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
      price: euroFieldText(activity.priceCents), priceCovers: activity.priceCovers, capacity: String(activity.capacity), guestConfirmHours: String(activity.guestConfirmHours),
      municipalPairs: activity.municipalPairs ? 'on' : '',
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

// The mutations check what depends on the stored activity (a part's date within its days, an
// extra's date near them) and refuse through the feature's failure maps.
export const actions = {
  details: defineAction({
    form: 'details', access: guard, schema: activityFormSchema,
    run: ({ access: { managed }, input }) => updateActivity(managed, input),
    failures: updateActivityFailures,
    done: (_result, { event }) => back(event, 'details', 'details')
  }),

  addPart: defineAction({
    form: 'addPart', access: guard, schema: programmePartSchema,
    run: ({ access: { managed }, input }) => addProgrammePart(managed, input),
    failures: programmePartFailures,
    done: (_result, { event }) => back(event, 'part', 'part')
  }),
  editPart: defineAction({
    form: 'editPart', access: guard, schema: withItemId(programmePartSchema),
    run: ({ access: { managed }, input: { id, ...part } }) => updateProgrammePart(managed, id, part),
    failures: programmePartFailures,
    done: (_result, { event }) => back(event, 'part', 'part')
  }),
  removePart: defineAction({
    form: 'removePart', access: guard, schema: itemIdSchema,
    run: ({ access: { managed }, input }) => removeProgrammePart(managed, input.id),
    failures: itemFailures,
    done: (_result, { event }) => back(event, 'partRemoved', 'part')
  }),
  movePart: defineAction({
    form: 'movePart', access: guard, schema: moveSchema,
    run: ({ access: { managed }, input }) => moveProgrammePart(managed, input.id, input.direction),
    failures: itemFailures,
    done: (_result, { event }) => back(event, 'moved', 'part')
  }),

  addQuestion: defineAction({
    form: 'addQuestion', access: guard, schema: questionSchema,
    run: ({ access: { managed }, input }) => addQuestion(managed, input),
    failures: questionFailures,
    done: (_result, { event }) => back(event, 'question', 'question')
  }),
  editQuestion: defineAction({
    form: 'editQuestion', access: guard, schema: withItemId(questionSchema),
    run: ({ access: { managed }, input: { id, ...question } }) => updateQuestion(managed, id, question),
    failures: questionFailures,
    done: (_result, { event }) => back(event, 'question', 'question')
  }),
  removeQuestion: defineAction({
    form: 'removeQuestion', access: guard, schema: itemIdSchema,
    run: ({ access: { managed }, input }) => removeQuestion(managed, input.id),
    failures: questionFailures,
    done: (_result, { event }) => back(event, 'questionRemoved', 'question')
  }),
  moveQuestion: defineAction({
    form: 'moveQuestion', access: guard, schema: moveSchema,
    run: ({ access: { managed }, input }) => moveQuestion(managed, input.id, input.direction),
    failures: questionFailures,
    done: (_result, { event }) => back(event, 'moved', 'question')
  }),

  addExtra: defineAction({
    form: 'addExtra', access: guard, schema: extraSchema,
    run: ({ access: { managed }, input }) => addExtra(managed, input),
    failures: extraFailures,
    done: (_result, { event }) => back(event, 'extra', 'extra')
  }),
  editExtra: defineAction({
    form: 'editExtra', access: guard, schema: withItemId(extraSchema),
    run: ({ access: { managed }, input: { id, ...extra } }) => updateExtra(managed, id, extra),
    failures: extraFailures,
    done: (_result, { event }) => back(event, 'extra', 'extra')
  }),
  removeExtra: defineAction({
    form: 'removeExtra', access: guard, schema: itemIdSchema,
    run: ({ access: { managed }, input }) => removeExtra(managed, input.id),
    failures: extraFailures,
    done: (_result, { event }) => back(event, 'extraRemoved', 'extra')
  })
} satisfies Actions;
