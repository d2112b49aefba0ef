import { exampleFormValues, listAttachments, listRevisions, listSourceCandidates, listSources } from '$lib/features/library/data.server';
import { addAttachment, addAttachmentFailures, removeAttachment, removeAttachmentFailures, saveExampleFailures, setExampleStatus, setStatusFailures, updateExample } from '$lib/features/library/mutations.server';
import { libraryAbilities } from '$lib/features/library/policy';
import { attachmentAddSchema, attachmentRemoveSchema, exampleSchema, statusSchema } from '$lib/features/library/schema';
import { requireManagedExample } from '$lib/features/library/access.server';
import { listOrganisationNetworks } from '$lib/features/networks/data.server';
import { defineAction } from '$lib/server/actions';
import { renderRichText } from '$lib/server/rich-text';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, organisation, organisationId, networkScope, example, ref } = await requireManagedExample(event, event.params.org, event.params.example, 'view-workspace');
  const [networks, candidates, sources, revisions, attachments] = await Promise.all([
    listOrganisationNetworks(organisationId), listSourceCandidates(example.id), listSources(ref), listRevisions(ref), listAttachments(example.id)
  ]);
  return {
    example: { slug: example.slug, title: example.title, status: example.status, bodyHtml: renderRichText(example.body) },
    values: exampleFormValues(example, sources),
    // A network's moderator may keep the example in her own networks only (ADR 052).
    networks: networks.filter((n) => networkScope === null || networkScope.includes(n.id)).map((n) => ({ id: n.id, name: n.name })),
    sources: candidates,
    revisions,
    attachments,
    created: event.url.searchParams.has('nieuw'),
    abilities: libraryAbilities(actor, { organisationId: organisation.id, networkId: example.networkId })
  };
};

const guard = (action: 'write' | 'publish') => (event: RequestEvent) => requireManagedExample(event, event.params.org, event.params.example, action);

export const actions = {
  save: defineAction({
    form: 'save',
    access: guard('write'),
    schema: exampleSchema,
    run: ({ access, input }) => updateExample(access.organisationId, access.ref, access.actor.personId, input, access.networkScope),
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
  }),
  attach: defineAction({
    form: 'attach',
    access: guard('write'),
    schema: attachmentAddSchema,
    // The file is no text field of the schema: it is read from the raw form and checked by its bytes.
    run: ({ access, data }) => addAttachment(access.ref, access.actor.personId, data.get('file')),
    failures: addAttachmentFailures,
    done: () => ({ saved: 'attach' })
  }),
  detach: defineAction({
    form: 'detach',
    access: guard('write'),
    schema: attachmentRemoveSchema,
    run: ({ access, input }) => removeAttachment(access.ref, input.attachment),
    failures: removeAttachmentFailures,
    done: () => ({ saved: 'detach' })
  })
} satisfies Actions;
