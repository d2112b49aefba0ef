import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertSchool } from '../../../../tests/factories';
import { mapEditor } from '../../../../tests/handles';
import { messagesFor } from '$lib/i18n/messages';
import { listLinks } from './data.server';
import { applyMapImport, readMapSheet, sheetLanguages, startMap } from './mutations.server';
import { mapToXlsx, sheetLabels } from './rules';

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
