import { redirect } from '@sveltejs/kit';
import { findPartner, listMapStaff, peerSuggestions, searchDirectory, suggestedPartners } from '$lib/features/network-map/data.server';
import { requireMapEditor } from '$lib/features/network-map/access.server';
import { addLink, linkFailures } from '$lib/features/network-map/mutations.server';
import { addLinkSchema } from '$lib/features/network-map/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Adding a partner: pick one from the shared directory (searched by GET) or describe a new one.
export const load: PageServerLoad = async (event) => {
  const { editor, facts, school } = await requireMapEditor(event, event.params.school);
  const query = (event.url.searchParams.get('zoek') ?? '').trim().slice(0, 100);
  const partnerParam = event.url.searchParams.get('partner') ?? '';
  const [suggested, peers, results, chosen, staff] = await Promise.all([
    suggestedPartners(editor, school.municipality),
    peerSuggestions(editor, school.province),
    query.length >= 2 ? searchDirectory(editor, query) : Promise.resolve(null),
    uuid.test(partnerParam) ? findPartner(partnerParam) : Promise.resolve(null),
    listMapStaff(editor)
  ]);
  return { started: facts.started, query, suggested, peers, results, chosen, staff };
};

export const actions = {
  add: defineAction({
    form: 'add',
    access: (event: RequestEvent) => requireMapEditor(event, event.params.school),
    schema: addLinkSchema,
    run: ({ access, input }) => addLink(access.editor, input),
    failures: linkFailures,
    done: (result, { access }) => redirect(303, `/school/${access.school.institutionNumber}/netwerkkaart?toegevoegd=${result.id}`)
  })
} satisfies Actions;
