import { error, redirect } from '@sveltejs/kit';
import { formatSchoolYear, workingSchoolYear } from '$lib/features/calendar/rules';
import { schoolYearQuerySchema } from '$lib/features/networks/schema';
import { findImport, listParticipants, listParticipationYears } from '$lib/features/learning-networks/data.server';
import {
  addParticipant, addParticipantFailures, applyImport, applyImportFailures, importPreviewFailures, previewImport, removeParticipant
} from '$lib/features/learning-networks/mutations.server';
import { summariseImport, type ImportRow } from '$lib/features/learning-networks/rules';
import { showYearSchema } from '$lib/features/networks/schema';
import { importConfirmSchema, importUploadSchema, participationAddSchema, participationRemoveSchema } from '$lib/features/learning-networks/schema';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { defineAction } from '$lib/server/actions';
import { requireLearningNetworkWorkspace } from '$lib/features/learning-networks/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'view-overview');
  const requested = schoolYearQuerySchema.safeParse(event.url.searchParams.get('schooljaar') ?? undefined);
  if (!requested.success) error(400, errorText(messagesFor(event.locals.locale), 'schoolYearInvalid'));
  const working = workingSchoolYear(new Date());
  const withData = await listParticipationYears(network.id);
  // The working year is always offered (and preselected), also before anyone was added to it.
  const years = withData.some((y) => y.schoolYear === working) ? withData
    : [...withData, { schoolYear: working, count: 0 }].sort((a, b) => b.schoolYear - a.schoolYear);
  const year = requested.data ?? working;
  const importId = event.url.searchParams.get('import');
  const pending = importId && /^[0-9a-f-]{36}$/.test(importId) ? await findImport(network.id, importId) : null;
  const rows = (pending?.rows ?? []) as ImportRow[];
  return {
    network,
    year: formatSchoolYear(year),
    years: years.map((y) => ({ label: formatSchoolYear(y.schoolYear), count: y.count })),
    participants: await listParticipants(network.id, year),
    preview: pending && !pending.appliedAt
      ? { id: pending.id, fileName: pending.fileName, year: formatSchoolYear(pending.schoolYear), rows, summary: summariseImport(rows) }
      : null
  };
};

const workspace = (action: 'view-overview' | 'manage') => (event: RequestEvent) =>
  requireLearningNetworkWorkspace(event, event.params.org, event.params.network, action);

export const actions = {
  // A POST, so a wrong school year comes back next to the field (400) instead of as an error page.
  showYear: defineAction({
    form: 'showYear',
    access: workspace('view-overview'),
    schema: showYearSchema,
    run: () => undefined,
    done: (_result, { input }) => redirect(303, `?schooljaar=${formatSchoolYear(input.schooljaar)}`)
  }),
  add: defineAction({
    form: 'add',
    access: workspace('manage'),
    schema: participationAddSchema,
    run: ({ access, input }) => addParticipant(access.organisationId, access.network.id, input),
    failures: addParticipantFailures,
    done: () => ({ saved: 'add' })
  }),
  remove: defineAction({
    form: 'remove',
    access: workspace('manage'),
    schema: participationRemoveSchema,
    run: ({ access, input }) => removeParticipant(access.organisationId, access.network.id, input),
    done: () => ({ saved: 'remove' })
  }),
  import: defineAction({
    form: 'import',
    access: workspace('manage'),
    schema: importUploadSchema,
    // The file is no text field of the schema: it is read from the raw form.
    run: ({ access, input, data }) =>
      previewImport(access.organisationId, access.network.id, { schoolYear: input.schoolYear, file: data.get('file'), personId: access.actor.personId }),
    failures: importPreviewFailures,
    done: (result, { event, input }) => redirect(303, `${event.url.pathname}?schooljaar=${formatSchoolYear(input.schoolYear)}&import=${result.id}`)
  }),
  confirmImport: defineAction({
    form: 'confirmImport',
    access: workspace('manage'),
    schema: importConfirmSchema,
    run: ({ access, input }) => applyImport(access.organisationId, access.network.id, input.importId, input.onlyValid),
    failures: applyImportFailures,
    done: (result) => ({ imported: result })
  })
} satisfies Actions;
