import { requireInternationalWorkspace } from '$lib/features/international-contacts/access.server';
import { listOrganisationContacts, listOrganisationIntroductions } from '$lib/features/international-contacts/data.server';
import { acceptIntroduction, contactFailures, decisionFailures, declineIntroduction, setContactArchived } from '$lib/features/international-contacts/mutations.server';
import { archiveSchema, declineSchema, introductionIdSchema } from '$lib/features/international-contacts/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent, action: 'manage' | 'broker') => requireInternationalWorkspace(event, event.params.org, action);

// The organisation's contacts abroad and the introductions its member schools asked for (ADR 055):
// its facilitators keep the list and broker the introductions.
export const load: PageServerLoad = async (event) => {
  const { organisationId, abilities } = await guard(event, 'manage');
  const [contacts, introductions] = await Promise.all([listOrganisationContacts(organisationId), listOrganisationIntroductions(organisationId)]);
  return { contacts, introductions, abilities, created: event.url.searchParams.has('nieuw') };
};

export const actions = {
  archive: defineAction({
    form: 'archive',
    access: (event: RequestEvent) => guard(event, 'manage'),
    schema: archiveSchema,
    run: ({ access, input }) => setContactArchived(access.organisationId, input.contactId, input.archive === 'yes'),
    failures: contactFailures,
    done: (_result, { input }) => ({ saved: input.archive === 'yes' ? 'archived' as const : 'restored' as const })
  }),
  accept: defineAction({
    form: 'accept',
    access: (event: RequestEvent) => guard(event, 'broker'),
    schema: introductionIdSchema,
    run: ({ access, input }) => acceptIntroduction(access.organisationId, input.introductionId, access.actor.personId),
    failures: decisionFailures,
    done: () => ({ saved: 'introduced' as const })
  }),
  decline: defineAction({
    form: 'decline',
    access: (event: RequestEvent) => guard(event, 'broker'),
    schema: declineSchema,
    run: ({ access, input }) => declineIntroduction(access.organisationId, input.introductionId, access.actor.personId, input.reason),
    failures: decisionFailures,
    done: () => ({ saved: 'declined' as const })
  })
} satisfies Actions;
