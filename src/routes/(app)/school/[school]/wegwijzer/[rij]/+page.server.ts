import { redirect } from '@sveltejs/kit';
import { requireWegwijzerEditor } from '$lib/features/map-wegwijzer/access.server';
import { findRow, listMapPartners, listTeam } from '$lib/features/map-wegwijzer/data.server';
import { removeWegwijzerRow, updateWegwijzerRow, wegwijzerRowFailures } from '$lib/features/map-wegwijzer/mutations.server';
import { wegwijzerRowSchema } from '$lib/features/map-wegwijzer/schema';
import { defineAction } from '$lib/server/actions';
import { notFound } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Not a row id is a row that does not exist (the mutations scope by school too). */
const rowIdOf = (event: RequestEvent) => (uuid.test(event.params.rij) ? event.params.rij : '00000000-0000-4000-8000-000000000000');

// One row of the wegwijzer: change it, or take it out.
export const load: PageServerLoad = async (event) => {
  const { editor } = await requireWegwijzerEditor(event, event.params.school);
  const row = uuid.test(event.params.rij) ? await findRow(editor, event.params.rij) : null;
  if (!row) notFound(event.locals);
  const [partners, team] = await Promise.all([listMapPartners(editor), listTeam(editor)]);
  return { row, partners, team };
};

const access = (event: RequestEvent) => requireWegwijzerEditor(event, event.params.school);

export const actions = {
  save: defineAction({
    form: 'save', access, schema: wegwijzerRowSchema,
    run: ({ access, input, event }) => updateWegwijzerRow(access.editor, rowIdOf(event), input),
    failures: wegwijzerRowFailures,
    done: () => ({ saved: 'save' })
  }),
  remove: defineAction({
    form: 'remove', access,
    run: ({ access, event }) => removeWegwijzerRow(access.editor, rowIdOf(event)),
    failures: wegwijzerRowFailures,
    done: (_result, { access }) => redirect(303, `/school/${access.school.institutionNumber}/wegwijzer?verwijderd#wegwijzer`)
  })
} satisfies Actions;
