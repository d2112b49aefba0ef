import { redirect } from '@sveltejs/kit';
import { listSourceCandidates } from '$lib/features/library/data.server';
import { createExample, saveExampleFailures } from '$lib/features/library/mutations.server';
import { exampleSchema } from '$lib/features/library/schema';
import { requireLibraryWorkspace } from '$lib/features/library/access.server';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { organisationId } = await requireLibraryWorkspace(event, event.params.org, 'write');
  const [networks, sources] = await Promise.all([listOrganisationNetworks(organisationId), listSourceCandidates()]);
  return { networks: networks.map((n) => ({ id: n.id, name: n.name })), sources };
};

export const actions = {
  create: defineAction({
    form: 'create',
    access: (event: RequestEvent) => requireLibraryWorkspace(event, event.params.org, 'write'),
    schema: exampleSchema,
    run: ({ access, input }) => createExample(access.organisationId, access.actor.personId, input),
    failures: saveExampleFailures,
    done: (result, { event }) => redirect(303, `/werkruimte/${event.params.org}/praktijkvoorbeelden/${result.slug}?nieuw=1`)
  })
} satisfies Actions;
