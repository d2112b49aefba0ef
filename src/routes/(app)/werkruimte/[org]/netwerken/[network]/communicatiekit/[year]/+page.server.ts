import { requireComposedKit } from '$lib/features/communication-kit/access.server';
import { findComposedKit } from '$lib/features/communication-kit/data.server';
import {
  addKitFile, addKitFileFailures, addKitText, addKitTextFailures, kitTextFailures, moveKitText, removeKitFile, removeKitFileFailures,
  removeKitText, replaceKitFile, replaceKitFileFailures, saveKitText
} from '$lib/features/communication-kit/mutations.server';
import { kitFileAddSchema, kitFileIdSchema, kitTextAddSchema, kitTextIdSchema, kitTextMoveSchema, kitTextSaveSchema } from '$lib/features/communication-kit/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Composing a network's kit for one school year (ADR 059): files checked by their bytes, text blocks in order.
export const load: PageServerLoad = async (event) => {
  const { network, year, kitNetwork, abilities } = await requireComposedKit(event, event.params.org, event.params.network, event.params.year);
  const kit = await findComposedKit(kitNetwork, year.startYear);
  return { network: { name: network.name, slug: network.slug, isPublic: network.isPublic }, year: year.label, kit, abilities };
};

const composer = (event: RequestEvent) => requireComposedKit(event, event.params.org, event.params.network, event.params.year);

export const actions = {
  addFile: defineAction({
    form: 'addFile', access: composer, schema: kitFileAddSchema,
    // The file is no text field of the schema: it is read from the raw form and checked by its bytes.
    run: ({ access, input, data }) => addKitFile(access.scope, access.actor.personId, input, data.get('file')),
    failures: addKitFileFailures, done: () => ({ saved: 'addFile' })
  }),
  replaceFile: defineAction({
    form: (data) => `replaceFile-${String(data.get('fileId') ?? '')}`, access: composer, schema: kitFileIdSchema,
    run: ({ access, input, data }) => replaceKitFile(access.scope, access.actor.personId, input.fileId, data.get('file')),
    failures: replaceKitFileFailures, done: () => ({ saved: 'replaceFile' })
  }),
  removeFile: defineAction({
    form: 'removeFile', access: composer, schema: kitFileIdSchema,
    run: ({ access, input }) => removeKitFile(access.scope, input.fileId),
    failures: removeKitFileFailures, done: () => ({ saved: 'removeFile' })
  }),
  addText: defineAction({
    form: 'addText', access: composer, schema: kitTextAddSchema,
    run: ({ access, input }) => addKitText(access.scope, input),
    failures: addKitTextFailures, done: () => ({ saved: 'addText' })
  }),
  saveText: defineAction({
    form: (data) => `saveText-${String(data.get('text') ?? '')}`, access: composer, schema: kitTextSaveSchema,
    run: ({ access, input }) => saveKitText(access.scope, input.text, { title: input.title, body: input.body }),
    failures: kitTextFailures, done: () => ({ saved: 'saveText' })
  }),
  moveText: defineAction({
    form: 'moveText', access: composer, schema: kitTextMoveSchema,
    run: ({ access, input }) => moveKitText(access.scope, input.text, input.direction),
    failures: kitTextFailures, done: () => ({ saved: 'moveText' })
  }),
  removeText: defineAction({
    form: 'removeText', access: composer, schema: kitTextIdSchema,
    run: ({ access, input }) => removeKitText(access.scope, input.text),
    failures: kitTextFailures, done: () => ({ saved: 'removeText' })
  })
} satisfies Actions;
