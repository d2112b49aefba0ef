import { exampleFormValues, listRevisions, listSourceCandidates, listSources } from '$lib/features/library/data.server';
import { saveExampleFailures, setExampleStatus, setStatusFailures, updateExample } from '$lib/features/library/mutations.server';
import { libraryAbilities } from '$lib/features/library/policy';
import { exampleSchema, statusSchema } from '$lib/features/library/schema';
import { requireManagedExample } from '$lib/features/library/access.server';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { defineAction } from '$lib/server/actions';
import { renderRichText } from '$lib/server/rich-text';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId, example, ref } = await requireManagedExample(event, event.params.org, event.params.example, 'view-workspace');
  const [networks, candidates, sources, revisions] = await Promise.all([
    listOrganisationNetworks(organisationId), listSourceCandidates(example.id), listSources(ref), listRevisions(ref)
  ]);
  return {
    example: { slug: example.slug, title: example.title, status: example.status, bodyHtml: renderRichText(example.body) },
    values: exampleFormValues(example, sources),
    networks: networks.map((n) => ({ id: n.id, name: n.name })),
    sources: candidates,
    revisions,
    created: event.url.searchParams.has('nieuw'),
    abilities: libraryAbilities(actor, { organisationId: organisation.id })
  };
};

const guard = (action: 'write' | 'publish') => (event: RequestEvent) => requireManagedExample(event, event.params.org, event.params.example, action);

export const actions = {
  save: defineAction({
    form: 'save',
    access: guard('write'),
    schema: exampleSchema,
    run: ({ access, input }) => updateExample(access.organisationId, access.ref, access.actor.personId, input),
    failures: saveExampleFailures,
    done: () => ({ saved: 'save' })
  }),
  status: defineAction({
    form: 'status',
    access: guard('publish'),
    schema: statusSchema,
    run: ({ access, input }) => setExampleStatus(access.organisationId, access.ref, access.actor.personId, input.status),
    failures: setStatusFailures,
    done: () => ({ saved: 'status' })
  })
} satisfies Actions;
