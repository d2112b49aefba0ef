import { listUpcomingMeetingsForPerson } from '$lib/features/meetings/data.server';
import { meetingEnd } from '$lib/features/meetings/rules';
import { listRegistrationsOfPerson } from '$lib/features/registrations/data.server';
import { orderMyRegistrations, registrationTodo } from '$lib/features/registrations/rules';
import { listOrganisationRequests } from '$lib/features/training-requests/data.server';
import { requireRequestInbox } from '$lib/features/training-requests/access.server';
import { trainingRequestAbilities } from '$lib/features/training-requests/policy';
import { requireOwnAccount } from '$lib/features/people/access.server';
import { joinInboxesOf } from '$lib/features/schools/access.server';
import { countPendingJoinRequests } from '$lib/features/schools/data.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, account } = requireOwnAccount(event, 'open-workspace');
  // Only meetings of learning networks the person's own schools belong to (the query joins on them).
  // The person's own registrations only (the query is scoped by their id).
  // Open training requests of each organisation whose inbox the person reads, through its own guard.
  const inboxes = actor.organisations.filter((o) => trainingRequestAbilities(actor, { organisationId: o.organisationId }).viewInbox);
  // Requests to join a school, from every inbox the person decides in (the schools access module mints them).
  const [meetings, registrations, requests, joinRequests] = await Promise.all([
    listUpcomingMeetingsForPerson(account),
    listRegistrationsOfPerson(actor.personId),
    Promise.all(inboxes.map(async (o) => {
      const { organisationId } = await requireRequestInbox(event, o.slug, 'view');
      const open = (await listOrganisationRequests(organisationId)).filter((r) => r.status === 'open').length;
      return { slug: o.slug, name: o.name, open };
    })),
    Promise.all(joinInboxesOf(event).map(async ({ inbox, name, href }) => ({ kind: inbox.kind, name, href, open: await countPendingJoinRequests(inbox) })))
  ]);
  const now = new Date();
  return {
    now,
    organisations: actor.organisations,
    // The networks she moderates (ADR 052): their practice examples in the organisation's workspace.
    moderates: actor.moderates ?? [],
    schools: actor.schools,
    meetings: meetings.map((mt) => ({ ...mt, endsAt: meetingEnd(mt) })),
    requests: requests.filter((r) => r.open > 0),
    joinRequests: joinRequests.filter((r) => r.open > 0),
    registrations: orderMyRegistrations(registrations, now)
      .map((r) => ({ ...r, todo: registrationTodo(r, now), past: r.endsAt.getTime() < now.getTime() }))
  };
};
