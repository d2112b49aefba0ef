import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, detectDelimiter, maxTableRows, parseCsv, readTable } from './spreadsheets';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Scholen'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readTable: xlsx', () => {
  it('reads the first worksheet with numbers, rich text, formulas, dates and links as plain text', async () => {
    const data = await xlsx((sheet, workbook) => {
      sheet.addRow(['Instellingsnummer', 'Naam', 'Postcode', 'Gemeente', 'Start', 'Website', 'Som']);
      sheet.addRow([35865, 'Sint-Jozefscollege', 9000, '  Gent ', new Date(Date.UTC(2024, 8, 1)), null, null]);
      sheet.addRow([]); // an empty row is skipped
      const row = sheet.addRow([104512, null, 3500, 'Hasselt']);
      row.getCell(2).value = { richText: [{ text: 'Basisschool ', font: { bold: true } }, { text: 'De Regenboog' }] };
      row.getCell(6).value = { text: 'regenboog.be', hyperlink: 'https://regenboog.be' };
      row.getCell(7).value = { formula: '1+1', result: 2 };
      workbook.addWorksheet('Andere').addRow(['niet lezen']);
    });
    const table = await readTable(data, 'Deelnemers 2024-2025.XLSX');
    expect(table).toEqual({
      ok: true,
      headers: ['Instellingsnummer', 'Naam', 'Postcode', 'Gemeente', 'Start', 'Website', 'Som'],
      rows: [
        ['35865', 'Sint-Jozefscollege', '9000', 'Gent', '2024-09-01', '', ''],
        ['104512', 'Basisschool De Regenboog', '3500', 'Hasselt', '', 'regenboog.be', '2']
      ],
      lines: [2, 4]
    });
  });

  it('takes the first non-empty row as headers', async () => {
    const data = await xlsx((sheet) => {
      sheet.getCell('B3').value = 'Naam';
      sheet.getCell('B4').value = 'School A';
    });
    expect(await readTable(data, 'lijst.xlsx')).toEqual({ ok: true, headers: ['', 'Naam'], rows: [['', 'School A']], lines: [4] });
  });

  it('refuses garbage bytes named .xlsx without throwing', async () => {
    expect(await readTable(utf8('dit is geen spreadsheet'), 'lijst.xlsx')).toEqual({ ok: false, key: 'importUnreadable' });
    expect(await readTable(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 3]), 'lijst.xlsx')).toEqual({ ok: false, key: 'importUnreadable' });
  });

  it('calls a workbook with only headers or nothing empty', async () => {
    expect(await readTable(await xlsx((s) => s.addRow(['Naam'])), 'a.xlsx')).toEqual({ ok: false, key: 'importEmpty' });
    expect(await readTable(await xlsx(() => {}), 'a.xlsx')).toEqual({ ok: false, key: 'importEmpty' });
  });

  it('converts cell values', () => {
    expect(cellText(35865)).toBe('35865');
    expect(cellText(2.5)).toBe('2.5');
    expect(cellText({ formula: 'A1', result: { error: '#REF!' } })).toBe('');
    expect(cellText({ sharedFormula: 'A1', result: 'x ' })).toBe('x');
    expect(cellText({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'mailto:x' })).toBe('ab');
    expect(cellText(true)).toBe('TRUE');
  });
});

describe('readTable: csv', () => {
  it("reads a Flemish Excel export: BOM, ';', quotes, doubled quotes, CRLF and a quoted line break", async () => {
    const csv =
      '\uFEFFInstellingsnummer;Naam;Gemeente\r\n' +
      '035865;"Sint-Jozef; campus ""Noord""";Gent\r\n' +
      ';;\r\n' +
      '104512;"Atheneum\r\nMoretus";Antwerpen\r\n';
    expect(await readTable(utf8(csv), 'export.csv')).toEqual({
      ok: true,
      headers: ['Instellingsnummer', 'Naam', 'Gemeente'],
      rows: [
        ['035865', 'Sint-Jozef; campus "Noord"', 'Gent'],
        ['104512', 'Atheneum\r\nMoretus', 'Antwerpen']
      ],
      lines: [2, 4]
    });
  });

  it("reads a ',' file with LF endings, no final newline, short rows padded", async () => {
    const csv = 'naam,gemeente,provincie\n\n"De Linde, Gent",Gent\nSchool B , Brugge ,West-Vlaanderen';
    expect(await readTable(utf8(csv), 'list.csv')).toEqual({
      ok: true,
      headers: ['naam', 'gemeente', 'provincie'],
      rows: [
        ['De Linde, Gent', 'Gent', ''],
        ['School B', 'Brugge', 'West-Vlaanderen']
      ],
      lines: [3, 4]
    });
  });

  it('reads a Windows-1252 file (older Excel) keeping accents', async () => {
    const data = new Uint8Array([...utf8('naam;gemeente\nSint-Andr'), 0xe9, ...utf8(';Oostende\n')]);
    const table = await readTable(data, 'oud.csv');
    expect(table.ok && table.rows).toEqual([['Sint-André', 'Oostende']]);
  });

  it('detects the delimiter from the header line only, ignoring quoted text', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('\n\nnaam\n')).toBe(',');
  });

  it('refuses an unterminated quote instead of swallowing the rest of the file', async () => {
    expect(await readTable(utf8('naam;gemeente\n"School;Gent\nB;C\n'), 'x.csv')).toEqual({ ok: false, key: 'importUnreadable' });
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('a 5" b;c', ';')).toEqual([{ line: 1, cells: ['a 5" b', 'c'] }]);
  });
});

describe('readTable: limits and kinds', () => {
  it('refuses other extensions', async () => {
    expect(await readTable(utf8('naam\nA\n'), 'lijst.xls')).toEqual({ ok: false, key: 'importUnsupported' });
    expect(await readTable(utf8('naam\nA\n'), 'lijst.ods')).toEqual({ ok: false, key: 'importUnsupported' });
    expect(await readTable(utf8('naam\nA\n'), 'csv')).toEqual({ ok: false, key: 'importUnsupported' });
  });

  it('calls an empty file or a blank one empty', async () => {
    expect(await readTable(new Uint8Array(), 'leeg.csv')).toEqual({ ok: false, key: 'importEmpty' });
    expect(await readTable(new Uint8Array(), 'leeg.xlsx')).toEqual({ ok: false, key: 'importEmpty' });
    expect(await readTable(utf8('\uFEFF\r\n;;\r\n'), 'leeg.csv')).toEqual({ ok: false, key: 'importEmpty' });
    expect(await readTable(utf8('naam;gemeente\r\n'), 'kop.csv')).toEqual({ ok: false, key: 'importEmpty' });
  });

  it('refuses more than 5 MB or more than 5,000 data rows', async () => {
    expect(await readTable(new Uint8Array(5 * 1024 * 1024 + 1), 'groot.csv')).toEqual({ ok: false, key: 'importTooLarge' });
    const rows = (n: number) => 'naam\n' + Array.from({ length: n }, (_, i) => `School ${i}\n\n`).join('');
    const atLimit = await readTable(utf8(rows(maxTableRows)), 'ok.csv');
    expect(atLimit.ok && atLimit.rows.length).toBe(maxTableRows);
    expect(await readTable(utf8(rows(maxTableRows + 1)), 'te-veel.csv')).toEqual({ ok: false, key: 'importTooLarge' });
    const big = await xlsx((s) => {
      s.addRow(['naam']);
      for (let i = 0; i <= maxTableRows; i++) s.addRow([`School ${i}`]);
    });
    expect(await readTable(big, 'te-veel.xlsx')).toEqual({ ok: false, key: 'importTooLarge' });
  });
});
