import { error, redirect } from '@sveltejs/kit';
import { formatSchoolYear, workingSchoolYear } from '$lib/features/calendar/rules';
import { schoolYearQuerySchema } from '$lib/features/networks/schema';
import { findImport, listParticipants, listParticipationYears, loadDirectoryForImport } from '$lib/features/learning-networks/data.server';
import { addParticipant, applyImport, removeParticipant, saveImportPreview } from '$lib/features/learning-networks/mutations.server';
import { classifyImportRows, mapImportHeaders, nameKey, summariseImport, type ImportRow } from '$lib/features/learning-networks/rules';
import { showYearSchema } from '$lib/features/networks/schema';
import { importConfirmSchema, importUploadSchema, maxImportBytes, participationAddSchema, participationRemoveSchema } from '$lib/features/learning-networks/schema';
import { errorText, messagesFor } from '$lib/i18n/messages';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireLearningNetworkWorkspace } from '$lib/server/guards';
import { readTable } from '$lib/server/spreadsheets';
import { controlCharactersKey, hasRefusedCharacter } from '$lib/server/text-input';
import type { Actions, PageServerLoad } from './$types';

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

export const actions: Actions = {
  // A POST, so a wrong school year comes back next to the field (400) instead of as an error page.
  showYear: async (event) => {
    await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'view-overview');
    const parsed = parseForm(showYearSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'showYear');
    redirect(303, `?schooljaar=${formatSchoolYear(parsed.data.schooljaar)}`);
  },
  add: async (event) => {
    const { organisationId, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(participationAddSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'add');
    const result = await addParticipant(organisationId, network.id, parsed.data);
    if (!result.ok) return fieldFail(result.reason === 'already-participant' ? 409 : 404, 'institutionNumber',
      result.reason === 'already-participant' ? 'alreadyParticipant' : 'schoolNotFound', data, 'add');
    return { saved: 'add' };
  },
  remove: async (event) => {
    const { organisationId, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');
    const parsed = parseForm(participationRemoveSchema, await event.request.formData());
    if (!parsed.ok) return formFail(400, parsed.failure, 'remove');
    await removeParticipant(organisationId, network.id, parsed.data);
    return { saved: 'remove' };
  },
  import: async (event) => {
    const { actor, organisationId, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(importUploadSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'import');
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return fieldFail(400, 'file', 'importEmpty', data, 'import');
    if (file.size > maxImportBytes) return fieldFail(413, 'file', 'importTooLarge', data, 'import');
    const table = await readTable(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!table.ok) return fieldFail(400, 'file', table.key, data, 'import');
    // The preview stores file name and cells, so they pass the same text rule as a form (ADR 018).
    if ([file.name, ...table.headers, ...table.rows.flat()].some(hasRefusedCharacter)) return fieldFail(400, 'file', controlCharactersKey, data, 'import');
    const columns = mapImportHeaders(table.headers);
    if (!columns.ok) return fieldFail(400, 'file', columns.key, data, 'import');
    const directory = await loadDirectoryForImport();
    const lookup = {
      byNumber: new Map(directory.map((s) => [s.institutionNumber, { id: s.id, name: s.name }])),
      byNameAndMunicipality: new Map(directory.map((s) => [nameKey(s.name, s.municipality), { id: s.id, name: s.name }]))
    };
    const rows = classifyImportRows(table.rows, columns.columns, lookup, table.lines);
    const id = await saveImportPreview(organisationId, network.id, { schoolYear: parsed.data.schoolYear, fileName: file.name, rows, personId: actor.personId });
    redirect(303, `${event.url.pathname}?schooljaar=${formatSchoolYear(parsed.data.schoolYear)}&import=${id}`);
  },
  confirmImport: async (event) => {
    const { organisationId, network } = await requireLearningNetworkWorkspace(event, event.params.org, event.params.network, 'manage');
    const data = await event.request.formData();
    const parsed = parseForm(importConfirmSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'confirmImport');
    const result = await applyImport(organisationId, network.id, parsed.data.importId, parsed.data.onlyValid);
    if (!result.ok) {
      const key = result.reason === 'has-errors' ? 'importHasErrors' : result.reason === 'already-applied' ? 'importAlreadyApplied' : 'importNotFound';
      return fieldFail(result.reason === 'has-errors' ? 422 : 409, 'form', key, data, 'confirmImport');
    }
    return { imported: result };
  }
};
