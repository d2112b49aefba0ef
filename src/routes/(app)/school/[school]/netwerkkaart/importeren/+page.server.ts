import { z } from 'zod';
import { requireMap, requireMapEditor } from '$lib/features/network-map/access.server';
import { mapSheetSchema, readMapSheet, readMapSheetFailures, sheetLanguages } from '$lib/features/network-map/mutations.server';
import { applyMapImport, applyMapImportFailures, previewMapImport } from '$lib/features/network-map/mutations.server';
import { errorKey } from '$lib/i18n/messages';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Importing the map from a spreadsheet (ADR 037): upload → every row's outcome → apply all or nothing.
export const load: PageServerLoad = async (event) => {
  const { facts } = await requireMap(event, event.params.school, 'edit');
  return { started: facts.started };
};

const editor = (event: RequestEvent) => requireMapEditor(event, event.params.school);

/** The preview's cells come back as JSON; anything else is refused like a malformed field. */
const applySchema = z.object({
  sheet: z.string().max(1_900_000, { error: errorKey('mapImportUnreadable') }).transform((text, ctx) => {
    try {
      const parsed = mapSheetSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch { /* not JSON: refused below */ }
    ctx.addIssue({ code: 'custom', message: errorKey('mapImportUnreadable') });
    return z.NEVER;
  })
});

export const actions = {
  preview: defineAction({
    form: 'preview',
    access: editor,
    // The file is no text field of the schema: it is read from the raw form.
    run: async ({ access, data }) => {
      const read = await readMapSheet(data.get('file'), sheetLanguages());
      if (!read.ok) return read;
      return { ok: true as const, sheet: read.sheet, ...(await previewMapImport(access.editor, read.sheet, sheetLanguages())) };
    },
    failures: readMapSheetFailures,
    done: (result) => ({ preview: { sheet: JSON.stringify(result.sheet), rows: result.rows, summary: result.summary } })
  }),
  apply: defineAction({
    form: 'apply',
    access: editor,
    schema: applySchema,
    run: ({ access, input }) => applyMapImport(access.editor, input.sheet, sheetLanguages()),
    failures: applyMapImportFailures,
    done: (result) => ({ applied: result.summary })
  })
} satisfies Actions;
