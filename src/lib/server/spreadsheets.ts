/**
 * Reads an uploaded list (.xlsx or .csv) into a header row and data rows of trimmed strings.
 * Never throws on bad input: every problem becomes an i18n error key.
 */
import ExcelJS from 'exceljs';
import { checkZip, type ZipBounds, type ZipEntry, type ZipFailure } from './zip-bounds';

// A school list is at most ~5,000 rows of ~20 short columns (ADR 017); every limit below is several
// times that, so only a wrong or hostile file reaches one. Each bounds what the file expands to,
// not only its bytes, so refusing costs milliseconds and a few MB.
export const maxTableBytes = 5 * 1024 * 1024;
export const maxTableRows = 5_000;
/** Longer than any name, address or e-mail; a longer cell refuses the file (see ADR 017). */
export const maxCellChars = 1_000;
/** Columns up to the last non-empty cell of a row. */
export const maxTableColumns = 100;
/** CSV: one record, quotes and delimiters included. */
export const maxCsvLineChars = 20_000;
/** CSV: records counted with empty ones, so a file of only line breaks stops early. */
export const maxCsvRecords = 10 * maxTableRows;
export const xlsxBounds: ZipBounds = { maxEntries: 200, maxEntryBytes: 10 * 1024 * 1024, maxTotalBytes: 20 * 1024 * 1024 };
/** Tags in one worksheet's XML: a 5,000 × 20 sheet has about 410,000. */
const maxSheetTags = 1_000_000;
/** Bytes of text between two tags: a cell of maxCellChars, each char escaped (`&quot;`) at worst. */
const maxXmlTextBytes = 6 * maxCellChars;

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

const zipKeys: Record<ZipFailure, TableErrorKey> = { unreadable: 'importUnreadable', tooLarge: 'importTooLarge' };

/**
 * Runs on each inflated entry before exceljs sees the file: exceljs builds every cell as an object,
 * so a sheet within the byte bounds but of a million tiny cells or one huge text would still cost
 * hundreds of MB there. A byte scan costs ~10 ms per MB and no memory.
 */
export function checkXlsxEntry({ name, bytes }: ZipEntry): ZipFailure | null {
  if (!name.endsWith('.xml')) return null;
  const isSheet = name.startsWith('xl/worksheets/');
  let tags = 0;
  let textStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x3c /* < */) {
      if (i - textStart > maxXmlTextBytes) return 'tooLarge';
      if (isSheet && ++tags > maxSheetTags) return 'tooLarge';
    } else if (b === 0x3e /* > */) textStart = i + 1;
  }
  return bytes.length - textStart > maxXmlTextBytes ? 'tooLarge' : null;
}

async function readXlsx(data: Uint8Array): Promise<RawRow[] | { ok: false; key: TableErrorKey }> {
  const failure = checkZip(data, xlsxBounds, checkXlsxEntry);
  if (failure) return { ok: false, key: zipKeys[failure] };
  try {
    const workbook = new ExcelJS.Workbook();
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { ok: false, key: 'importEmpty' };
    const rows: RawRow[] = [];
    let nonEmpty = 0;
    let tooLarge = false;
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (tooLarge) return;
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      const trimmed = trimTrailingEmpty(cells);
      if (trimmed.length > maxTableColumns || trimmed.some((x) => x.length > maxCellChars)) tooLarge = true;
      rows.push({ line, cells: trimmed });
      if (trimmed.length > 0) nonEmpty++;
      if (nonEmpty > maxTableRows + 1) tooLarge = true; // header + data rows: already too many
    });
    if (tooLarge) return { ok: false, key: 'importTooLarge' };
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
 * Stops with 'tooLarge' once more than `maxNonEmpty` non-empty records were read, or as soon as a
 * cell, record, column count or record count passes its limit, so a hostile file costs no more
 * than the text it is.
 */
export function parseCsv(text: string, delimiter: ',' | ';', maxNonEmpty = Infinity): RawRow[] | 'unterminated' | 'tooLarge' {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  let nonEmpty = 0;
  let lineStart = 0;
  const endField = () => {
    cells.push(field.trim());
    field = '';
    atFieldStart = true;
  };
  // Trailing empty cells (Excel exports its used range) are dropped, so only real columns count.
  const endRow = () => {
    endField();
    const trimmed = trimTrailingEmpty(cells);
    rows.push({ line: rows.length + 1, cells: trimmed });
    if (trimmed.length > 0) nonEmpty++;
    cells = [];
    return trimmed.length <= maxTableColumns && rows.length <= maxCsvRecords;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (field.length > maxCellChars || i - lineStart > maxCsvLineChars) return 'tooLarge';
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
      if (!endRow() || nonEmpty > maxNonEmpty) return 'tooLarge';
      lineStart = i + 1;
    } else {
      field += ch;
      if (ch !== ' ' && ch !== '\t') atFieldStart = false;
    }
  }
  if (quoted) return 'unterminated';
  if (field.length > maxCellChars) return 'tooLarge';
  if ((field !== '' || cells.length > 0) && !endRow()) return 'tooLarge';
  if (nonEmpty > maxNonEmpty) return 'tooLarge';
  return rows;
}
