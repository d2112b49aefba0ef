import { redirect } from '@sveltejs/kit';
import { requireWegwijzer, requireWegwijzerEditor } from '$lib/features/map-wegwijzer/access.server';
import { listMapPartners, listRows, listTeam, searchRows } from '$lib/features/map-wegwijzer/data.server';
import { addWegwijzerRow, wegwijzerRowFailures } from '$lib/features/map-wegwijzer/mutations.server';
import { wegwijzerRowSchema } from '$lib/features/map-wegwijzer/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The school's role division as a wegwijzer: its staff read and search it (GET ?vraag=, so it
// works without JavaScript); its coordinators and map keepers add rows (a row is changed or removed on its own page).
export const load: PageServerLoad = async (event) => {
  const { reader, editor, abilities } = await requireWegwijzer(event, event.params.school, 'view');
  const need = (event.url.searchParams.get('vraag') ?? '').trim().slice(0, 200);
  const search = need ? await searchRows(reader, need) : { rows: await listRows(reader), best: [], also: [] };
  const [partners, team] = editor ? await Promise.all([listMapPartners(editor), listTeam(editor)]) : [[], []];
  return { need, ...search, partners, team, abilities, added: event.url.searchParams.has('toegevoegd'), removed: event.url.searchParams.has('verwijderd') };
};

const access = (event: RequestEvent) => requireWegwijzerEditor(event, event.params.school);

export const actions = {
  add: defineAction({
    form: 'add', access, schema: wegwijzerRowSchema,
    run: ({ access, input }) => addWegwijzerRow(access.editor, input),
    failures: wegwijzerRowFailures,
    done: (_result, { access }) => redirect(303, `/school/${access.school.institutionNumber}/wegwijzer?toegevoegd#wegwijzer`)
  })
} satisfies Actions;
