/**
 * Hostile uploads for the bomb tests and bench/import-bomb.ts, built in memory in milliseconds:
 * a deflate stream of N identical flushed pieces inflates to N times the piece, so a few hundred
 * KiB hold hundreds of MB without the test ever holding them.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

type Entry = { name: string; compressed: Buffer; size: number; crc: number; method: 0 | 8 };

const sheetHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const sheetTail = '</sheetData></worksheet>';

const parts: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lijst" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
};

function deflated(name: string, text: string): Entry {
  const bytes = Buffer.from(text);
  return { name, compressed: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes), method: 8 };
}

/** `head`, then `piece` `times` over, then `tail`, as one raw deflate stream. */
function repeated(name: string, head: string, piece: string, times: number, tail: string): Entry {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const pieceBytes = Buffer.from(piece);
  const pieceDeflated = deflateRawSync(pieceBytes, flush);
  const chunks = [deflateRawSync(Buffer.from(head), flush)];
  let crc = crc32(head);
  for (let i = 0; i < times; i++) {
    chunks.push(pieceDeflated);
    crc = crc32(pieceBytes, crc);
  }
  chunks.push(deflateRawSync(Buffer.from(tail)));
  crc = crc32(tail, crc);
  const size = Buffer.byteLength(head) + pieceBytes.length * times + Buffer.byteLength(tail);
  return { name, compressed: Buffer.concat(chunks), size, crc, method: 8 };
}

/**
 * A zip of `entries`; `centralCopies` repeats the last entry's directory record (all pointing at
 * the same data) and `declaredCount` overrides the end record's count, as hostile archives do.
 */
export function zip(entries: Entry[], options: { declaredSize?: number; centralCopies?: number; declaredCount?: number } = {}): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = Buffer.from(entry.name);
    const last = index === entries.length - 1;
    const size = last && options.declaredSize !== undefined ? options.declaredSize : entry.size;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(entry.method, 8);
    head.writeUInt32LE(entry.crc, 14);
    head.writeUInt32LE(entry.compressed.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, entry.compressed);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(entry.method, 10);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(entry.compressed.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    const copies = last ? (options.centralCopies ?? 1) : 1;
    for (let i = 0; i < copies; i++) central.push(record, name);
    offset += 30 + name.length + entry.compressed.length;
  });
  const directory = Buffer.concat(central);
  const count = central.length / 2;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE((options.declaredCount ?? count) & 0xffff, 8);
  end.writeUInt16LE((options.declaredCount ?? count) & 0xffff, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const frame = () => Object.entries(parts).map(([name, text]) => deflated(name, text));

const column = (i: number): string => (i >= 26 ? column(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** A valid one-sheet workbook with the given rows (inline strings), to prove the frame is real. */
export function plainXlsx(rows: string[][]): Uint8Array {
  const xml = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => `<c r="${column(i)}${r + 1}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`)
    .join('');
  return zip([...frame(), deflated('xl/worksheets/sheet1.xml', sheetHead + xml + sheetTail)]);
}

/** A header row, then one cell of `mebibytes` MiB of 'A': the bomb of issue 12. */
export function inflatingXlsx(mebibytes: number, options: { declaredSize?: number } = {}): Uint8Array {
  const head = sheetHead + '<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>';
  const sheet = repeated('xl/worksheets/sheet1.xml', head, 'A'.repeat(1024 * 1024), mebibytes, '</t></is></c></row>' + sheetTail);
  return zip([...frame(), sheet], options);
}

/** A workbook whose central directory lists its last entry `entries` times over. */
export function manyEntriesXlsx(entries: number, declaredCount?: number): Uint8Array {
  return zip([...frame(), deflated('x', '')], { centralCopies: entries, declaredCount });
}

export const csvCellBomb = (bytes: number) => new TextEncoder().encode('Naam\n' + 'A'.repeat(bytes));
export const csvLineBreakBomb = (bytes: number) => new TextEncoder().encode('Naam\nSchool\n' + '\n'.repeat(bytes));
