import { listLinks } from '$lib/features/network-map/data.server';
import { requireMap } from '$lib/features/network-map/access.server';
import { mapToXlsx, sheetLabels } from '$lib/features/map-sheet/rules';
import { messagesFor } from '$lib/i18n/messages';
import type { RequestHandler } from './$types';

/** The whole map (no filters) as seed 003's table in an .xlsx, for the school's staff. */
export const GET: RequestHandler = async (event) => {
  const { school, facts, reader } = await requireMap(event, event.params.school, 'view');
  const m = messagesFor(event.locals.locale);
  const t = m.networkMap;
  const links = facts.started ? await listLinks(reader) : [];
  const body = await mapToXlsx(links, sheetLabels(m), t.title(school.name));
  return new Response(body as BodyInit, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${t.sheet.fileName(school.institutionNumber)}.xlsx"`,
      'cache-control': 'private, no-store'
    }
  });
};
