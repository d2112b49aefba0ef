import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertSchool } from '../../../../tests/factories';
import { mapEditor } from '../../../../tests/handles';
import { messagesFor } from '$lib/i18n/messages';
import { listLinks } from './data.server';
import { applyMapImport, previewMapImport, readMapSheet, sheetLanguages, startMap } from './mutations.server';
import { mapToXlsx, sheetLabels } from '$lib/features/map-sheet/rules';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

describe('the XLSX round trip', () => {
  it('exports a map, imports it into an empty map and gives the same map', async () => {
    const a = await insertSchool({ municipality: 'Lier' });
    const b = await insertSchool({ municipality: 'Lier' });
    await startMap(mapEditor(a.id), 'template', 'Lier');
    await startMap(mapEditor(b.id), 'empty', 'Lier');
    const before = await listLinks(mapEditor(a.id));
    const xlsx = await mapToXlsx(before, sheetLabels(messagesFor('nl')), 'kaart');
    const read = await readMapSheet(new File([xlsx as BlobPart], 'kaart.xlsx'), sheetLanguages());
    if (!read.ok) throw new Error(read.reason);
    expect(await applyMapImport(mapEditor(b.id), read.sheet, sheetLanguages())).toMatchObject({ ok: true, summary: { new: 0, existing: before.length, refused: 0 } });
    const strip = (l: typeof before) => l.map(({ id: _id, ...rest }) => rest);
    expect(strip(await listLinks(mapEditor(b.id)))).toEqual(strip(before));
  });
});

describe('the import is all or nothing', () => {
  it('writes no row of a file in which one row is refused, and names that row in the preview', async () => {
    const a = await insertSchool({ municipality: 'Boom' });
    const b = await insertSchool({ municipality: 'Boom' });
    await startMap(mapEditor(a.id), 'template', 'Boom');
    await startMap(mapEditor(b.id), 'empty', 'Boom');
    const xlsx = await mapToXlsx(await listLinks(mapEditor(a.id)), sheetLabels(messagesFor('nl')), 'kaart');
    const read = await readMapSheet(new File([xlsx as BlobPart], 'kaart.xlsx'), sheetLanguages());
    if (!read.ok) throw new Error(read.reason);
    // The last row gets an organisation without a name: every other row is fine on its own.
    const organisation = read.sheet.headers.indexOf(sheetLabels(messagesFor('nl')).headers.organisation);
    expect(organisation).toBeGreaterThanOrEqual(0);
    const rows = read.sheet.rows.map((r, i) => (i === read.sheet.rows.length - 1 ? r.map((c, j) => (j === organisation ? '' : c)) : r));
    const sheet = { ...read.sheet, rows };
    const preview = await previewMapImport(mapEditor(b.id), sheet, sheetLanguages());
    expect(preview.summary.refused).toBe(1);
    expect(await applyMapImport(mapEditor(b.id), sheet, sheetLanguages())).toEqual({ ok: false, reason: 'has-refused' });
    expect(await listLinks(mapEditor(b.id))).toEqual([]);
  });

  it('refuses a file that is no spreadsheet, in Dutch, before reading a row', async () => {
    const read = await readMapSheet(new File(['<html>geen rekenblad</html>'], 'kaart.xlsx'), sheetLanguages());
    expect(read.ok).toBe(false);
  });
});

