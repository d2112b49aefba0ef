import { redirect } from '@sveltejs/kit';
import { findLink, listMapStaff } from '$lib/features/network-map/data.server';
import { requireMapEditor } from '$lib/features/network-map/access.server';
import { linkFailures, removeLink, updateLink } from '$lib/features/network-map/mutations.server';
import { linkSchema } from '$lib/features/network-map/schema';
import { defineAction } from '$lib/server/actions';
import { notFound } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The link in the address: not a link id is a link that does not exist (the mutations scope by school too). */
const linkIdOf = (event: RequestEvent) => (uuid.test(event.params.link) ? event.params.link : '00000000-0000-4000-8000-000000000000');

// One partner on the map, opened from the drawing or the table: its link's fields, or take it off.
export const load: PageServerLoad = async (event) => {
  const { editor } = await requireMapEditor(event, event.params.school);
  const link = uuid.test(event.params.link) ? await findLink(editor, event.params.link) : null;
  if (!link) notFound(event.locals);
  return { link, staff: await listMapStaff(editor) };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: (event: RequestEvent) => requireMapEditor(event, event.params.school),
    schema: linkSchema,
    run: ({ access, input, event }) => updateLink(access.editor, linkIdOf(event), input),
    failures: linkFailures,
    done: () => ({ saved: 'save' })
  }),
  remove: defineAction({
    form: 'remove',
    access: (event: RequestEvent) => requireMapEditor(event, event.params.school),
    run: ({ access, event }) => removeLink(access.editor, linkIdOf(event)),
    failures: linkFailures,
    done: (_result, { access }) => redirect(303, `/school/${access.school.institutionNumber}/netwerkkaart?verwijderd`)
  })
} satisfies Actions;
