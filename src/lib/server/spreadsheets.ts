/**
 * Reads an uploaded list (.xlsx or .csv) into a header row and data rows of trimmed strings.
 * Never throws on bad input: every problem becomes an i18n error key.
 */
import ExcelJS from 'exceljs';

export const maxTableBytes = 5 * 1024 * 1024;
export const maxTableRows = 5_000;

export const tableErrorKeys = ['importUnreadable', 'importEmpty', 'importTooLarge', 'importUnsupported'] as const;
export type TableErrorKey = (typeof tableErrorKeys)[number];

export type TableResult =
  | {
      ok: true;
      headers: string[];
      rows: string[][];
      /** For each entry of `rows`, its 1-based row number in the file (the header included). */
      lines: number[];
    }
  | { ok: false; key: TableErrorKey };

type RawRow = { line: number; cells: string[] };

export async function readTable(data: Uint8Array, fileName: string): Promise<TableResult> {
  const name = fileName.trim().toLowerCase();
  const kind = name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.csv') ? 'csv' : null;
  if (!kind) return { ok: false, key: 'importUnsupported' };
  if (data.byteLength > maxTableBytes) return { ok: false, key: 'importTooLarge' };
  if (data.byteLength === 0) return { ok: false, key: 'importEmpty' };
  const raw = kind === 'xlsx' ? await readXlsx(data) : readCsv(data);
  if (!Array.isArray(raw)) return raw;
  return toTable(raw);
}

/** First non-empty row = headers; fully empty rows dropped; rows padded to the header width. */
function toTable(raw: RawRow[]): TableResult {
  const nonEmpty = raw.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...body] = nonEmpty;
  if (!header || body.length === 0) return { ok: false, key: 'importEmpty' };
  if (body.length > maxTableRows) return { ok: false, key: 'importTooLarge' };
  const headers = trimTrailingEmpty(header.cells);
  const rows = body.map((r) => {
    const cells = [...r.cells];
    while (cells.length < headers.length) cells.push('');
    return cells;
  });
  return { ok: true, headers, rows, lines: body.map((r) => r.line) };
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

// ---------------------------------------------------------------- XLSX

async function readXlsx(data: Uint8Array): Promise<RawRow[] | { ok: false; key: TableErrorKey }> {
  try {
    const workbook = new ExcelJS.Workbook();
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { ok: false, key: 'importEmpty' };
    const rows: RawRow[] = [];
    let nonEmpty = 0;
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (nonEmpty > maxTableRows + 1) return; // header + data rows: already too many
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows.push({ line, cells });
      if (cells.some((x) => x !== '')) nonEmpty++;
    });
    if (nonEmpty > maxTableRows + 1) return { ok: false, key: 'importTooLarge' };
    return rows;
  } catch {
    return { ok: false, key: 'importUnreadable' };
  }
}

/** A cell value as the trimmed text a person sees: 35865 not 35865.0, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return v.richText.map((part: unknown) => (part as { text?: unknown })?.text ?? '').join('').trim();
    }
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if ('hyperlink' in v) return cellText(v.text);
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return '';
  }
  return '';
}

// ---------------------------------------------------------------- CSV

function readCsv(data: Uint8Array): RawRow[] | { ok: false; key: TableErrorKey } {
  const text = decode(data).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter, maxTableRows + 1);
  if (rows === 'unterminated') return { ok: false, key: 'importUnreadable' };
  if (rows === 'tooLarge') return { ok: false, key: 'importTooLarge' };
  return rows;
}

/** UTF-8 (with or without BOM); older Excel "CSV (puntkomma gescheiden)" files are Windows-1252. */
function decode(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** ';' when the first non-empty line has more semicolons than commas outside quotes, else ','. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let seen = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
    if (ch.trim() !== '') seen = true;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180: fields may be quoted, a doubled quote inside quotes is one quote, records end in
 * CRLF, LF or CR. Lenient where harmless: a quote inside an unquoted field is kept as text.
 * Stops with 'tooLarge' once more than `maxNonEmpty` non-empty records were read.
 */
export function parseCsv(text: string, delimiter: ',' | ';', maxNonEmpty = Infinity): RawRow[] | 'unterminated' | 'tooLarge' {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  let nonEmpty = 0;
  const endField = () => {
    cells.push(field.trim());
    field = '';
    atFieldStart = true;
  };
  const endRow = () => {
    endField();
    rows.push({ line: rows.length + 1, cells });
    if (cells.some((c) => c !== '')) nonEmpty++;
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && atFieldStart && field.trim() === '') {
      quoted = true;
      field = '';
      atFieldStart = false;
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      if (nonEmpty > maxNonEmpty) return 'tooLarge';
    } else {
      field += ch;
      if (ch !== ' ' && ch !== '\t') atFieldStart = false;
    }
  }
  if (quoted) return 'unterminated';
  if (field !== '' || cells.length > 0) endRow();
  if (nonEmpty > maxNonEmpty) return 'tooLarge';
  return rows;
}
