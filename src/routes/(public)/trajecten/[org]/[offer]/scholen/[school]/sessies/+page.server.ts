import { error } from '@sveltejs/kit';
import { requireSessionPlanner, requireSessions, requireSessionVoter } from '$lib/features/trajectory-sessions/access.server';
import { listOpenOptionIds, listOwnSessionVotes, listSessions, nextSessionOf } from '$lib/features/trajectory-sessions/data.server';
import {
  addSessionOption, addSessionOptionFailures, castSessionVotes, createSession, createSessionFailures, pickSessionFailures, pickSessionOption,
  removeSessionOption, removeSessionOptionFailures, sessionVoteFailures, type MemberVoteResult, type VoteResult
} from '$lib/features/trajectory-sessions/mutations.server';
import { sessionOptionIdSchema, sessionOptionSchema, sessionSchema, votesSchema } from '$lib/features/trajectory-sessions/schema';
import { readTrajectory } from '$lib/features/trajectories/data.server';
import { messagesFor } from '$lib/i18n/messages';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Whoever sees the trajectory sees its sessions and the poll; its coach plans, its workgroup answers (ADR 050).
export const load: PageServerLoad = async (event) => {
  const { offer, trajectory, planner, voter } = await requireSessions(event, event.params.org, event.params.offer, event.params.school);
  const [details, sessions, next, ownVotes] = await Promise.all([
    readTrajectory(trajectory), listSessions(trajectory), nextSessionOf(trajectory), voter ? listOwnSessionVotes(voter) : Promise.resolve({})
  ]);
  if (!details) error(404);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug },
    school: { key: event.params.school, name: details.schoolName },
    running: details.status === 'aanvaard' && details.phase !== 'afgesloten',
    sessions, next, ownVotes: ownVotes as Record<string, string>, abilities: { plan: planner !== null, vote: voter !== null }
  };
};

const planner = (event: RequestEvent) => requireSessionPlanner(event, event.params.org, event.params.offer, event.params.school);

/** A member who left the workgroup between the guard and the write is refused like any outsider. */
function stillMember(event: RequestEvent, result: VoteResult): MemberVoteResult {
  if (!result.ok && result.reason === 'not-member') error(403, messagesFor(event.locals.locale).errors.forbidden);
  return result as MemberVoteResult;
}

export const actions = {
  create: defineAction({
    form: 'create',
    access: planner,
    schema: sessionSchema,
    run: ({ access, input }) => createSession(access.planner, input),
    failures: createSessionFailures,
    done: () => ({ saved: 'create' })
  }),
  addOption: defineAction({
    form: 'addOption',
    access: planner,
    schema: sessionOptionSchema,
    run: ({ access, input }) => addSessionOption(access.planner, input, { confirmed: input.confirmCalendar }),
    failures: addSessionOptionFailures,
    done: () => ({ saved: 'addOption' })
  }),
  removeOption: defineAction({
    form: 'removeOption',
    access: planner,
    schema: sessionOptionIdSchema,
    run: ({ access, input }) => removeSessionOption(access.planner, input.optionId),
    failures: removeSessionOptionFailures,
    done: () => ({ saved: 'removeOption' })
  }),
  pick: defineAction({
    form: 'pick',
    access: planner,
    schema: sessionOptionIdSchema,
    run: ({ access, input }) => pickSessionOption(access.planner, input.optionId),
    failures: pickSessionFailures,
    done: (result) => ({ saved: result.changed ? 'pick' : 'pickUnchanged' })
  }),
  vote: defineAction({
    form: 'vote',
    access: (event: RequestEvent) => requireSessionVoter(event, event.params.org, event.params.offer, event.params.school),
    schema: async ({ voter }) => votesSchema(await listOpenOptionIds(voter)),
    run: async ({ event, access: { voter }, input }) => stillMember(event, await castSessionVotes(voter, input.votes)),
    failures: sessionVoteFailures,
    done: () => ({ saved: 'vote' })
  })
} satisfies Actions;
