import { error, redirect } from '@sveltejs/kit';
import { findPreMeeting, listOptions, listOwnQuestions, listOwnVotes, listTallies } from '$lib/features/pre-meetings/data.server';
import {
  askFailures, askPreMeetingQuestion, castPreMeetingVotes, deletePreMeetingQuestion, preMeetingQuestionFailures, voteFailures,
  type ParticipantResult, type SeatHolderResult
} from '$lib/features/pre-meetings/mutations.server';
import { preMeetingQuestionIdSchema, preMeetingQuestionSchema, votesSchema } from '$lib/features/pre-meetings/schema';
import { messagesFor } from '$lib/i18n/messages';
import { defineAction } from '$lib/server/actions';
import { requirePreMeetingPage, requirePreMeetingParticipant } from '$lib/features/pre-meetings/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Actions are for participants only: a signed-in person of the audience who holds a seat. */
const participant = (event: RequestEvent) => requirePreMeetingParticipant(event, event.params.org, event.params.activity);

/** A participant who lost their seat between the guard and the write is refused like any outsider. */
function seatHeld(event: RequestEvent, result: ParticipantResult): SeatHolderResult {
  if (!result.ok && result.reason === 'not-participant') error(403, messagesFor(event.locals.locale).errors.forbidden);
  return result as SeatHolderResult;
}

// Anyone who may see the activity sees what the pre-meeting is; only participants see the dates,
// the link, the counts (never who voted what) and their own questions.
export const load: PageServerLoad = async (event) => {
  const { actor, activity, participant } = await requirePreMeetingPage(event, event.params.org, event.params.activity);
  const base = {
    activity: { title: activity.title, organisationSlug: activity.organisationSlug, slug: activity.slug }, signedIn: !!actor,
    asked: event.url.searchParams.has('ingestuurd')
  };
  if (!participant) return { ...base, participant: null };
  const [settings, tallies, ownVotes, questions] = await Promise.all([
    findPreMeeting(participant), listTallies(participant), listOwnVotes(participant), listOwnQuestions(participant)
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

export const actions = {
  vote: defineAction({
    form: 'vote',
    access: participant,
    schema: async ({ participant }) => votesSchema((await listOptions(participant)).map((o) => o.id)),
    run: async ({ event, access: { participant }, input }) => seatHeld(event, await castPreMeetingVotes(participant, input.votes)),
    failures: voteFailures,
    done: () => ({ saved: 'vote' })
  }),
  ask: defineAction({
    form: 'ask',
    access: participant,
    schema: preMeetingQuestionSchema,
    run: async ({ event, access: { participant }, input }) => seatHeld(event, await askPreMeetingQuestion(participant, input.body)),
    failures: askFailures,
    // Back with a GET: a reload then shows the question instead of sending it in again.
    done: (_result, { event }) => redirect(303, `${event.url.pathname}?ingestuurd=1#questions`)
  }),
  deleteQuestion: defineAction({
    form: 'deleteQuestion',
    access: participant,
    schema: preMeetingQuestionIdSchema,
    run: ({ access: { participant }, input }) => deletePreMeetingQuestion(participant, input.questionId),
    failures: preMeetingQuestionFailures,
    done: () => ({ saved: 'deleteQuestion' })
  })
} satisfies Actions;
