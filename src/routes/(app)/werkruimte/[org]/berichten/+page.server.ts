import { requireContactInbox } from '$lib/features/contact/access.server';
import { countContactMessages, listContactMessages } from '$lib/features/contact/data.server';
import { answerContactMessage, contactInboxFailures, setContactStatus } from '$lib/features/contact/mutations.server';
import { contactFilterSchema, contactReplySchema, contactStatusSchema } from '$lib/features/contact/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent, action: 'view-inbox' | 'answer') => requireContactInbox(event, event.params.org, action);

// The organisation's contact messages (ADR 053): its facilitators read and answer them.
export const load: PageServerLoad = async (event) => {
  const { organisationId } = await guard(event, 'view-inbox');
  const status = contactFilterSchema.parse(event.url.searchParams.get('status') ?? undefined);
  const [messages, counts] = await Promise.all([listContactMessages(organisationId, status), countContactMessages(organisationId)]);
  return { status, messages, counts };
};

export const actions = {
  answer: defineAction({
    form: 'answer',
    access: (event: RequestEvent) => guard(event, 'answer'),
    schema: contactReplySchema,
    run: ({ access, input }) => answerContactMessage(access.organisationId, input.messageId, access.actor.personId, input.body),
    failures: contactInboxFailures,
    done: () => ({ saved: 'answered' })
  }),
  status: defineAction({
    form: 'status',
    access: (event: RequestEvent) => guard(event, 'answer'),
    schema: contactStatusSchema,
    run: ({ access, input }) => setContactStatus(access.organisationId, input.messageId, input.status),
    failures: contactInboxFailures,
    done: () => ({ saved: 'status' })
  })
} satisfies Actions;
