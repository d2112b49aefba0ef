import { error, redirect } from '@sveltejs/kit';
import { findPreMeeting, isParticipant, listOptions, listOwnQuestions, listOwnVotes, listTallies } from '$lib/features/pre-meetings/data.server';
import { askPreMeetingQuestion, castPreMeetingVotes, deletePreMeetingQuestion } from '$lib/features/pre-meetings/mutations.server';
import { canPreMeeting } from '$lib/features/pre-meetings/policy';
import { preMeetingQuestionIdSchema, preMeetingQuestionSchema, readVotes } from '$lib/features/pre-meetings/schema';
import { messagesFor } from '$lib/i18n/messages';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireActivity, requireActor, requireAllowed } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Actions are for participants only: a signed-in person of the audience who holds a seat. */
async function participant(event: RequestEvent) {
  const { activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'register');
  const actor = requireActor(event);
  const participating = await isParticipant(activity.id, actor.personId);
  requireAllowed(event, canPreMeeting(actor, 'take-part', { activity: subject, isParticipant: participating }));
  return { actor, activity };
}

/** A participant who lost their seat between the guard and the write is refused like any outsider. */
function notParticipant(event: RequestEvent): never {
  error(403, messagesFor(event.locals.locale).errors.forbidden);
}

// Anyone who may see the activity sees what the pre-meeting is; only participants see the dates,
// the link, the counts (never who voted what) and their own questions.
export const load: PageServerLoad = async (event) => {
  const { actor, activity, subject } = await requireActivity(event, event.params.org, event.params.activity, 'view');
  const participating = actor ? await isParticipant(activity.id, actor.personId) : false;
  const canTakePart = canPreMeeting(actor, 'take-part', { activity: subject, isParticipant: participating });
  const base = {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug }, signedIn: !!actor,
    asked: event.url.searchParams.has('ingestuurd')
  };
  if (!canTakePart || !actor) return { ...base, participant: null };
  const [settings, tallies, ownVotes, questions] = await Promise.all([
    findPreMeeting(activity.id), listTallies(activity.id), listOwnVotes(activity.id, actor.personId), listOwnQuestions(activity.id, actor.personId)
  ]);
  const chosen = tallies.find((t) => t.optionId === settings.chosenOptionId) ?? null;
  return {
    ...base,
    participant: {
      tallies, ownVotes, questions, chosen,
      onlineUrl: settings.onlineUrl, durationMinutes: settings.durationMinutes,
      questionsOpen: !chosen || chosen.startsAt.getTime() > Date.now()
    }
  };
};

export const actions: Actions = {
  vote: async (event) => {
    const { actor, activity } = await participant(event);
    const data = await event.request.formData();
    const options = await listOptions(activity.id);
    const read = readVotes(data, options.map((o) => o.id));
    if (!read.ok) return formFail(400, { errors: read.errors, values: {} }, 'vote');
    const result = await castPreMeetingVotes(activity.id, actor.personId, read.votes);
    if (!result.ok) {
      if (result.reason === 'not-participant') notParticipant(event);
      return result.reason === 'closed'
        ? fieldFail(409, 'votes', 'preMeetingPollClosed', data, 'vote')
        : fieldFail(404, 'votes', 'preMeetingOptionNotFound', data, 'vote');
    }
    return { saved: 'vote' };
  },
  ask: async (event) => {
    const { actor, activity } = await participant(event);
    const data = await event.request.formData();
    const parsed = parseForm(preMeetingQuestionSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'ask');
    const result = await askPreMeetingQuestion(activity.id, actor.personId, parsed.data.body);
    if (!result.ok) {
      if (result.reason === 'not-participant') notParticipant(event);
      return fieldFail(409, 'body', result.reason === 'too-many' ? 'preMeetingTooManyQuestions' : 'preMeetingQuestionsClosed', data, 'ask');
    }
    // Back with a GET: a reload then shows the question instead of sending it in again.
    redirect(303, `${event.url.pathname}?ingestuurd=1#questions`);
  },
  deleteQuestion: async (event) => {
    const { actor, activity } = await participant(event);
    const data = await event.request.formData();
    const parsed = parseForm(preMeetingQuestionIdSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'deleteQuestion');
    const result = await deletePreMeetingQuestion(activity.id, actor.personId, parsed.data.questionId);
    if (!result.ok) return fieldFail(404, 'form', 'preMeetingQuestionNotFound', data, 'deleteQuestion');
    return { saved: 'deleteQuestion' };
  }
};
