import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCellBomb, csvLineBreakBomb, inflatingXlsx, manyEntriesXlsx, plainXlsx } from './bombs.fixture';
import { maxTableBytes, maxTableRows, readTable } from './spreadsheets';

// Issue 12: an upload is bounded by what it expands to. Each bomb must be refused with a Dutch
// error key within 2 s, growing the process by under 50 MB. The per-test timeout is what makes
// the old code fail instead of hang.
const maxMillis = 2_000;
const maxGrowth = 50 * 1024 * 1024;

async function refuse(data: Uint8Array, fileName: string) {
  expect(data.byteLength).toBeLessThanOrEqual(maxTableBytes);
  const before = process.memoryUsage();
  const start = performance.now();
  const result = await readTable(data, fileName);
  const millis = performance.now() - start;
  const after = process.memoryUsage();
  expect(result).toEqual({ ok: false, key: 'importTooLarge' });
  expect(millis).toBeLessThan(maxMillis);
  expect(after.rss - before.rss).toBeLessThan(maxGrowth);
  expect(after.heapUsed - before.heapUsed).toBeLessThan(maxGrowth);
}

describe('readTable refuses compressed and oversized bombs', () => {
  it('reads the fixture frame as a real workbook, so a refusal below is about size', async () => {
    expect(await readTable(plainXlsx([['Naam'], ['School A']]), 'lijst.xlsx')).toEqual({ ok: true, headers: ['Naam'], rows: [['School A']], lines: [2] });
  });

  it('refuses an xlsx whose sheet inflates to 300 MiB from a few hundred KiB', { timeout: 10_000 }, async () => {
    const data = inflatingXlsx(300);
    expect(data.byteLength).toBeLessThan(400 * 1024);
    await refuse(data, 'bom.xlsx');
  });

  it('refuses an xlsx whose header declares 1 MiB for a sheet that inflates to 300 MiB', { timeout: 10_000 }, async () => {
    await refuse(inflatingXlsx(300, { declaredSize: 1024 * 1024 }), 'bom.xlsx');
  });

  it('refuses an xlsx with 100,000 directory entries, also when its end record claims 5', { timeout: 10_000 }, async () => {
    await refuse(manyEntriesXlsx(100_000), 'bom.xlsx');
    await refuse(manyEntriesXlsx(100_000, 5), 'bom.xlsx');
  });

  it('refuses a csv that is one 4.9 MB cell', { timeout: 10_000 }, async () => {
    await refuse(csvCellBomb(4_900_000), 'bom.csv');
  });

  it('refuses a csv of 4.9 million line breaks', { timeout: 10_000 }, async () => {
    await refuse(csvLineBreakBomb(4_900_000), 'bom.csv');
  });

  it('refuses a cell over 1,000 characters in either format, accepts one of 1,000', async () => {
    const long = 'A'.repeat(1_001);
    expect(await readTable(plainXlsx([['Naam'], [long]]), 'a.xlsx')).toEqual({ ok: false, key: 'importTooLarge' });
    expect(await readTable(new TextEncoder().encode(`Naam\n${long}\n`), 'a.csv')).toEqual({ ok: false, key: 'importTooLarge' });
    const fits = 'A'.repeat(1_000);
    expect(await readTable(plainXlsx([['Naam'], [fits]]), 'a.xlsx')).toMatchObject({ ok: true, rows: [[fits]] });
    expect(await readTable(new TextEncoder().encode(`Naam\n${fits}\n`), 'a.csv')).toMatchObject({ ok: true, rows: [[fits]] });
  });

  it('refuses more than 100 columns with content', async () => {
    const wide = Array.from({ length: 101 }, (_, i) => `k${i}`);
    expect(await readTable(plainXlsx([wide, wide]), 'a.xlsx')).toEqual({ ok: false, key: 'importTooLarge' });
    expect(await readTable(new TextEncoder().encode(`${wide.join(';')}\n${wide.join(';')}\n`), 'a.csv')).toEqual({ ok: false, key: 'importTooLarge' });
    expect(await readTable(new TextEncoder().encode(`Naam${';'.repeat(500)}\nSchool A${';'.repeat(500)}\n`), 'a.csv')).toMatchObject({ ok: true, headers: ['Naam'] });
  });

  it('accepts the largest real list, 5,000 schools × 20 columns, as xlsx and as csv', { timeout: 30_000 }, async () => {
    const headers = Array.from({ length: 20 }, (_, c) => `Kolom ${c + 1}`);
    const row = (r: number) => headers.map((_, c) => (c % 2 ? `Sint-Jozefscollege afdeling ${r}-${c} "Gent"` : String(100_000 + r * 20 + c)));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Scholen');
    sheet.addRow(headers);
    for (let r = 0; r < maxTableRows; r++) sheet.addRow(row(r));
    const xlsx = await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), 'scholen.xlsx');
    expect(xlsx.ok && [xlsx.rows.length, xlsx.rows[0]!.length]).toEqual([maxTableRows, 20]);
    const csv = [headers, ...Array.from({ length: maxTableRows }, (_, r) => row(r))].map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(';')).join('\r\n');
    const table = await readTable(new TextEncoder().encode(csv), 'scholen.csv');
    expect(table.ok && [table.rows.length, table.rows[0]!.length]).toEqual([maxTableRows, 20]);
  });
});
