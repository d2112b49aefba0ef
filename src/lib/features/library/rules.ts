// The library's vocabularies (ADR 043): fixed lists, so a facet counts the same thing on every
// example and its label can be translated. Keys are stored; labels live in the i18n catalogue.
export const domains = ['onderwijs', 'werk', 'welzijn'] as const;
export const themes = [
  'spijbelen', 'vroegtijdig-schoolverlaten', 'trajectbegeleiding', 'psychisch-welzijn', 'uitstroombegeleiding',
  'toeleiding', 'ketensamenwerking', 'jonge-mantelzorgers'
] as const;
export const targetGroups = [
  'spijbelaars', 'veel-schoolwissels', 'psychisch-kwetsbare-jongeren', 'dreigend-ongekwalificeerd', 'jonge-mantelzorgers', 'ouders'
] as const;
export const partnerTypes = [
  'school', 'clb', 'politie-parket', 'ocj-sdj', 'geestelijke-gezondheid', 'lokaal-bestuur', 'welzijnswerk', 'werk-en-opleiding'
] as const;
export const exampleStatuses = ['draft', 'review', 'published'] as const;

export type Domain = (typeof domains)[number];
export type Theme = (typeof themes)[number];
export type TargetGroup = (typeof targetGroups)[number];
export type PartnerType = (typeof partnerTypes)[number];
export type ExampleStatus = (typeof exampleStatuses)[number];

/** The facets of the public library, in the order the page shows them. */
export const facetNames = ['theme', 'domain', 'targetGroup', 'province', 'partnerType'] as const;
export type FacetName = (typeof facetNames)[number];

/** How many contact people and outside inspirations an example's form offers. */
export const contactSlots = 3;
export const outsideSourceSlots = 2;

/**
 * A visitor's search words as a prefix query on Dutch stems (ADR 043): each word is reduced to
 * letters and digits (so no tsquery syntax gets through) and gets `:*`, because the Dutch stemmer
 * keeps "spijbelen" (spijbel) and "spijbelaars" (spijbelar) apart and the prefix joins them.
 * Null when nothing searchable is left.
 */
export function searchQuery(input: string): string | null {
  const words = input.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/** A URL slug from a title: lower case ASCII words joined by hyphens (accents dropped). */
export function slugFromTitle(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '') || 'praktijkvoorbeeld';
}

// Attachments (ADR 044): recognised by their bytes, never by their name or the browser's type; images lose
// their metadata (camera, place, author) before they are kept.
export const attachmentMaxBytes = 10 * 1024 * 1024;
export const attachmentsPerExample = 10;

export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp';

/** The content type each kind is served with, and the extension its download name gets. */
export const attachmentTypes: Record<AttachmentKind, { type: string; ext: string; image: boolean }> = {
  pdf: { type: 'application/pdf', ext: 'pdf', image: false },
  png: { type: 'image/png', ext: 'png', image: true },
  jpeg: { type: 'image/jpeg', ext: 'jpg', image: true },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', image: false },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', image: false },
  pptx: { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ext: 'pptx', image: false },
  odt: { type: 'application/vnd.oasis.opendocument.text', ext: 'odt', image: false },
  ods: { type: 'application/vnd.oasis.opendocument.spreadsheet', ext: 'ods', image: false },
  odp: { type: 'application/vnd.oasis.opendocument.presentation', ext: 'odp', image: false }
};

export type AttachmentCheck = { ok: true; kind: AttachmentKind; bytes: Uint8Array } | { ok: false; reason: 'attachment-empty' | 'attachment-too-large' | 'attachment-type' };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The names of a zip's entries, from its central directory (sizes there are always known). */
function zipEntryNames(bytes: Uint8Array, limit = 500): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 kB + 22 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65557); at--) {
    if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06], at)) { eocd = at; break; }
  }
  if (eocd < 0) return [];
  const names: string[] = [];
  let at = view.getUint32(eocd + 16, true);
  while (names.length < limit && at + 46 <= bytes.length && startsWith(bytes, [0x50, 0x4b, 0x01, 0x02], at)) {
    const nameLength = view.getUint16(at + 28, true);
    const rest = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    names.push(ascii(bytes, at + 46, Math.min(bytes.length, at + 46 + nameLength)));
    at += 46 + nameLength + rest;
  }
  return names;
}

function zipKind(bytes: Uint8Array): AttachmentKind | null {
  // OpenDocument: the first entry is an uncompressed `mimetype` holding the type.
  if (ascii(bytes, 30, 38) === 'mimetype') {
    const mime = ascii(bytes, 38, 38 + 60);
    if (mime.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (mime.startsWith('application/vnd.oasis.opendocument.presentation')) return 'odp';
    return null;
  }
  const names = zipEntryNames(bytes);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return null;
}

/** The kind the bytes are, or null: the allow-list of ADR 044. */
export function attachmentKind(bytes: Uint8Array): AttachmentKind | null {
  if (bytes.length < 8) return null;
  // A PDF starts with its header; anything before it (HTML, a script) makes it no PDF here.
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && ascii(bytes, 12, 16) === 'IHDR') return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  return null;
}

// PNG chunks that are pixels or needed to draw them; text, time, EXIF and the like are dropped.
const keptPngChunks = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'bKGD']);

/** The PNG without its ancillary metadata chunks; null when its chunks do not add up. */
export function stripPng(bytes: Uint8Array): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    const type = ascii(bytes, at + 4, at + 8);
    if (keptPngChunks.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return concat(parts);
  }
  return null;
}

/**
 * The JPEG without APP1–APP15 (EXIF, XMP, Photoshop, …) and comments; APP0 (JFIF) and APP2's ICC
 * profile stay so the colours do. Null when its segments do not add up.
 */
export function stripJpeg(bytes: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Start of scan: from here on it is picture data up to the end.
    if (marker === 0xda) { parts.push(bytes.subarray(at)); return concat(parts); }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    const isIcc = marker === 0xe2 && ascii(bytes, at + 4, at + 15) === 'ICC_PROFILE';
    const dropped = (marker >= 0xe1 && marker <= 0xef && !isIcc) || marker === 0xfe;
    if (!dropped) parts.push(bytes.subarray(at, end));
    at = end;
  }
  return null;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** The bytes to keep for an upload, or why it is refused. */
export function checkAttachment(bytes: Uint8Array): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, reason: 'attachment-empty' };
  if (bytes.length > attachmentMaxBytes) return { ok: false, reason: 'attachment-too-large' };
  const kind = attachmentKind(bytes);
  if (!kind) return { ok: false, reason: 'attachment-type' };
  if (kind === 'png' || kind === 'jpeg') {
    const stripped = kind === 'png' ? stripPng(bytes) : stripJpeg(bytes);
    if (!stripped) return { ok: false, reason: 'attachment-type' };
    return { ok: true, kind, bytes: stripped };
  }
  return { ok: true, kind, bytes };
}

/** A download name: the uploader's name without path or odd characters, with the extension of what it is. */
export function attachmentFileName(name: string, kind: AttachmentKind): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9 ._-]+/g, '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${base || 'bijlage'}.${attachmentTypes[kind].ext}`;
}

/** Where an attachment of a published example is downloaded. */
export function attachmentPath(organisationSlug: string, exampleSlug: string, id: string): string {
  return `/praktijkvoorbeelden/${organisationSlug}/${exampleSlug}/bijlagen/${id}`;
}
