import { error } from '@sveltejs/kit';
import { loadParticipantOverview } from '$lib/features/participants/data.server';
import { exportSheets, toCsv, toXlsx } from '$lib/features/participants/rules';
import { isExportFormat } from '$lib/features/participants/schema';
import { messagesFor } from '$lib/i18n/messages';
import { requireParticipants } from '$lib/features/participants/access.server';
import type { RequestHandler } from './$types';

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8'
} as const;

/** The participant list with answers, extras and invoice details, as it is at this moment. */
export const GET: RequestHandler = async (event) => {
  const { activity, managed } = await requireParticipants(event, event.params.org, event.params.activity, 'export');
  const m = messagesFor(event.locals.locale);
  const format = event.params.format;
  if (!isExportFormat(format)) error(404, m.errors.notFound);
  const overview = await loadParticipantOverview(managed);
  const sheets = exportSheets(overview.groups, overview.questions, overview.extras, { ...m.participants.export, statuses: m.participants.statuses, invoiceTypes: m.participants.invoiceTypes });
  const body = format === 'xlsx' ? await toXlsx(sheets, activity.title) : toCsv(sheets);
  // Only safe characters in the header, whatever a slug may hold.
  const fileName = `${m.participants.export.fileName(activity.slug.replace(/[^a-z0-9-]/gi, '-'))}.${format}`;
  return new Response(body as BodyInit, {
    headers: {
      'content-type': contentTypes[format],
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'private, no-store'
    }
  });
};
