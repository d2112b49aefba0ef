/**
 * Checks what a zip (an .xlsx) expands to before any library unpacks it. The upload byte cap only
 * sees compressed bytes; a few hundred KiB of deflate can hold gigabytes. So we read the central
 * directory ourselves (entry count, declared sizes) and then inflate every entry with a hard output
 * limit, because a declared size is only a claim: a lying header stops at the limit instead of
 * growing the process. Nothing here keeps more than one inflated entry alive at a time.
 */
import { inflateRawSync } from 'node:zlib';

export type ZipBounds = {
  /** Central-directory entries; a real .xlsx has 10–30. */
  maxEntries: number;
  /** Uncompressed bytes of any one entry (the sheet XML is the biggest). */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries together. */
  maxTotalBytes: number;
};

export type ZipEntry = { name: string; bytes: Buffer };
export type ZipFailure = 'unreadable' | 'tooLarge';
/** Sees each inflated entry once; returning a failure stops the walk. */
export type EntryCheck = (entry: ZipEntry) => ZipFailure | null;

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const eocdSize = 22;
// Fields at their zip64 escape value mean "look in the zip64 record": only archives of more than
// 65,535 entries or 4 GiB need that, which no school list is, so we refuse them unread.
const zip64Count = 0xffff;
const zip64Size = 0xffffffff;

type CentralEntry = { name: string; method: number; compressed: number; declared: number; localOffset: number };

export function checkZip(data: Uint8Array, bounds: ZipBounds, check: EntryCheck = () => null): ZipFailure | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const directory = readCentralDirectory(buf, bounds);
  if (!Array.isArray(directory)) return directory;
  for (const entry of directory) {
    const bytes = inflateEntry(buf, entry);
    if (!Buffer.isBuffer(bytes)) return bytes;
    const failure = check({ name: entry.name, bytes });
    if (failure) return failure;
  }
  return null;
}

function findEocd(buf: Buffer): number {
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  const stop = Math.max(0, buf.length - eocdSize - 0xffff);
  for (let i = buf.length - eocdSize; i >= stop; i--) {
    if (buf.readUInt32LE(i) === eocdSignature) return i;
  }
  return -1;
}

function readCentralDirectory(buf: Buffer, bounds: ZipBounds): CentralEntry[] | ZipFailure {
  if (buf.length < eocdSize) return 'unreadable';
  const eocd = findEocd(buf);
  if (eocd < 0) return 'unreadable';
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === zip64Count || size === zip64Size || offset === zip64Size) return 'tooLarge';
  if (count > bounds.maxEntries) return 'tooLarge';
  if (offset + size > eocd) return 'unreadable';
  const entries: CentralEntry[] = [];
  let total = 0;
  // Walk by the directory's byte size, not the declared count, so a wrong count cannot hide entries.
  for (let p = offset; p < offset + size; ) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== centralSignature) return 'unreadable';
    if (entries.length >= bounds.maxEntries) return 'tooLarge';
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (compressed === zip64Size || declared === zip64Size || localOffset === zip64Size) return 'tooLarge';
    if (flags & 1) return 'unreadable'; // encrypted
    if (method !== 0 && method !== 8) return 'unreadable';
    if (declared > bounds.maxEntryBytes) return 'tooLarge';
    total += declared;
    if (total > bounds.maxTotalBytes) return 'tooLarge';
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    entries.push({ name, method, compressed, declared, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== count) return 'unreadable';
  return entries;
}

function inflateEntry(buf: Buffer, entry: CentralEntry): Buffer | ZipFailure {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== localSignature) return 'unreadable';
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressed > buf.length) return 'unreadable';
  const raw = buf.subarray(start, start + entry.compressed);
  if (entry.method === 0) return raw.length === entry.declared ? raw : 'unreadable';
  let bytes: Buffer;
  try {
    // One byte more than declared: reaching it proves the header lied, without inflating further.
    bytes = inflateRawSync(raw, { maxOutputLength: entry.declared + 1 });
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError ? 'tooLarge' : 'unreadable';
  }
  if (bytes.length > entry.declared) return 'tooLarge';
  return bytes.length === entry.declared ? bytes : 'unreadable';
}
