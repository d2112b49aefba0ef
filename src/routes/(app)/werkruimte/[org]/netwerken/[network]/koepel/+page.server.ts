// A network's umbrella, contact people and moderators (ADR 052): facilitators change them, coaches look.
import { listContacts, listModerators, listUmbrellaChoices } from '$lib/features/provincial-networks/data.server';
import {
  addContact, addContactFailures, grantModerator, grantModeratorFailures, removeContact, removeContactFailures,
  revokeModerator, revokeModeratorFailures, setUmbrella, setUmbrellaFailures
} from '$lib/features/provincial-networks/mutations.server';
import { contactAddSchema, contactRemoveSchema, moderatorGrantSchema, moderatorRevokeSchema, parentSchema } from '$lib/features/provincial-networks/schema';
import { requireNetworkStructure, requireNetworkStructureChange } from '$lib/features/provincial-networks/access.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { network, organisationId, ref, abilities } = await requireNetworkStructure(event, event.params.org, event.params.network);
  const [umbrella, contacts, moderators] = await Promise.all([
    listUmbrellaChoices(organisationId, ref), listContacts([network.id]), listModerators(ref)
  ]);
  return { network, umbrella, contacts: contacts.get(network.id) ?? [], moderators, abilities };
};

const structure = (event: RequestEvent) => requireNetworkStructureChange(event, event.params.org, event.params.network, 'manage-structure');
const moderation = (event: RequestEvent) => requireNetworkStructureChange(event, event.params.org, event.params.network, 'manage-moderators');

export const actions = {
  umbrella: defineAction({
    form: 'umbrella', access: structure, schema: parentSchema,
    run: ({ access, input }) => setUmbrella(access.organisationId, access.ref, input.parentId),
    failures: setUmbrellaFailures, done: () => ({ saved: 'umbrella' })
  }),
  addContact: defineAction({
    form: 'addContact', access: structure, schema: contactAddSchema,
    run: ({ access, input }) => addContact(access.organisationId, access.ref, input),
    failures: addContactFailures, done: () => ({ saved: 'addContact' })
  }),
  removeContact: defineAction({
    form: 'removeContact', access: structure, schema: contactRemoveSchema,
    run: ({ access, input }) => removeContact(access.organisationId, access.ref, input.contact),
    failures: removeContactFailures, done: () => ({ saved: 'removeContact' })
  }),
  grant: defineAction({
    form: 'grant', access: moderation, schema: moderatorGrantSchema,
    run: ({ access, input }) => grantModerator(access.organisationId, access.ref, access.actor.personId, input.email),
    failures: grantModeratorFailures, done: () => ({ saved: 'grant' })
  }),
  revoke: defineAction({
    form: 'revoke', access: moderation, schema: moderatorRevokeSchema,
    run: ({ access, input }) => revokeModerator(access.organisationId, access.ref, input.person),
    failures: revokeModeratorFailures, done: () => ({ saved: 'revoke' })
  })
} satisfies Actions;
