// The communication kit's rules (ADR 059): what a file of a kit may be, checked by its bytes (the
// allow-list of ADR 044 and SVG checked as XML without scripts), how it is served, and how text
// blocks are ordered. Pure: no I/O.
import { attachmentFileName, attachmentTypes, checkAttachment, type AttachmentKind } from '../library/rules';
import { evidenceHeaders, evidenceMaxBytes } from '../trajectory-plans/rules';

export const kitFileCategories = ['logo', 'flyer', 'template', 'other'] as const;
export type KitFileCategory = (typeof kitFileCategories)[number];

export const kitFileKinds = ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'svg'] as const;
export type KitFileKind = (typeof kitFileKinds)[number];

/** A kit file is posted as one form body under BODY_SIZE_LIMIT (2M): the same cap as an action's evidence (ADR 054). */
export const kitFileMaxBytes = evidenceMaxBytes;
export const kitFilesPerKit = 20;
export const kitTextsPerKit = 30;

export const kitFileTypes: Record<KitFileKind, { type: string; ext: string }> = {
  ...attachmentTypes,
  svg: { type: 'image/svg+xml', ext: 'svg' }
};

export type KitFileCheck =
  | { ok: true; kind: KitFileKind; bytes: Uint8Array }
  | { ok: false; reason: 'file-empty' | 'file-too-large' | 'file-type' | 'svg-unsafe' };

const svgNamespace = 'http://www.w3.org/2000/svg';
const xlinkNamespace = 'http://www.w3.org/1999/xlink';

/** Elements that draw; nothing that runs, loads, links, animates or embeds (no script, style, image, a, foreignObject, set, animate). */
const svgElements = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc',
  'defs', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'use', 'symbol', 'pattern'
]);
const entity = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const tagPattern = /^<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/;
const attributePattern = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Whether an attribute may stay: no event handler, no link or reference outside the file itself. */
function safeAttribute(name: string, rawValue: string): boolean {
  const lower = name.toLowerCase();
  if (rawValue.replace(entity, '').includes('&')) return false;
  // Entities could hide a scheme: compare the value with its references spelled out.
  const value = rawValue.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/\s+/g, '').toLowerCase();
  if (lower.startsWith('on')) return false;
  if (lower === 'xmlns') return rawValue === svgNamespace;
  if (lower === 'xmlns:xlink') return rawValue === xlinkNamespace;
  if (lower.includes(':') && lower !== 'xlink:href' && lower !== 'xml:space') return false;
  if (lower === 'href' || lower === 'xlink:href') return value.startsWith('#');
  if (/javascript:|vbscript:|data:|expression\(|@import|behavior:|-moz-binding/.test(value)) return false;
  // A paint or clip may point into the file (url(#id)), never out of it.
  for (const match of value.matchAll(/url\(([^)]*)\)/g)) if (!(match[1] ?? '').replace(/['"]/g, '').startsWith('#')) return false;
  return true;
}

/**
 * Whether the bytes are an SVG image that only draws: well-formed XML whose root is `<svg>` in the
 * SVG namespace, elements from a drawing allow-list, no event handlers, no links or references
 * outside the file, no DOCTYPE, entities, CDATA or processing instructions beyond the XML
 * declaration. Strict on purpose: an editor's own attributes (Inkscape, Illustrator) are refused,
 * "export as plain SVG" passes.
 */
export function isSafeSvg(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  text = text.replace(/^\uFEFF/, '').replace(/^<\?xml\s[^?<>]*\?>/, '');
  const stack: string[] = [];
  let sawRoot = false;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    const between = text.slice(at, next < 0 ? text.length : next);
    if (between.replace(entity, '').includes('&')) return false;
    if (stack.length === 0 && between.trim() !== '') return false;
    if (next < 0) break;
    const rest = text.slice(next);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->', 4);
      if (end < 0 || rest.slice(4, end).includes('--')) return false;
      at = next + end + 3;
      continue;
    }
    const tag = tagPattern.exec(rest);
    if (!tag) return false; // <!DOCTYPE, <![CDATA[, <?pi?>, a broken tag
    const [whole, closing, rawName, attributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    if (!svgElements.has(name)) return false;
    if (closing) {
      if (attributes || selfClosing || stack.pop() !== name) return false;
    } else {
      if (stack.length === 0 && (sawRoot || name !== 'svg')) return false;
      if (stack.length === 0) {
        sawRoot = true;
        if (!/\sxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/.test(attributes ?? '')) return false;
      }
      for (const attribute of (attributes ?? '').matchAll(attributePattern)) {
        if (!safeAttribute(attribute[1]!, attribute[2] ?? attribute[3] ?? '')) return false;
      }
      if (!selfClosing) stack.push(name);
    }
    at = next + whole!.length;
  }
  return sawRoot && stack.length === 0;
}

/** The bytes to keep for a kit file, or why it is refused; the upload's name and declared type are not trusted. */
export function checkKitFile(bytes: Uint8Array): KitFileCheck {
  if (bytes.length === 0) return { ok: false, reason: 'file-empty' };
  if (bytes.length > kitFileMaxBytes) return { ok: false, reason: 'file-too-large' };
  const attachment = checkAttachment(bytes);
  if (attachment.ok) return attachment;
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  const looksLikeSvg = /^(<\?xml|<svg|<!--)/i.test(head) && /<svg[\s>]/i.test(new TextDecoder().decode(bytes));
  if (!looksLikeSvg) return { ok: false, reason: 'file-type' };
  return isSafeSvg(bytes) ? { ok: true, kind: 'svg', bytes } : { ok: false, reason: 'svg-unsafe' };
}

/** The download name: the uploader's, cleaned as an attachment's (ADR 044), with the extension of what the bytes are. */
export function kitFileName(name: string, kind: KitFileKind): string {
  if (kind !== 'svg') return attachmentFileName(name, kind satisfies AttachmentKind);
  // Cleaned as a PDF's name would be, then given the SVG's extension.
  return `${attachmentFileName(name, 'pdf').slice(0, -'pdf'.length)}${kitFileTypes.svg.ext}`;
}

/**
 * How a kit file is served: as an action's evidence is (ADR 054), always a download, never sniffed,
 * run or cached by another; only the content type is the kit's own (SVG is not on that list).
 */
export function kitFileHeaders(file: { fileName: string; kind: KitFileKind; size: number; hash: string }): Record<string, string> {
  return { ...evidenceHeaders({ ...file, kind: 'pdf' }), 'content-type': kitFileTypes[file.kind].type };
}

/** The school years a kit can be composed for: from the network's first member year to the year after the working one. */
export function kitYears(memberYears: number[], kitYears: number[], workingYear: number): number[] {
  const first = Math.min(workingYear, ...memberYears, ...kitYears);
  const last = Math.max(workingYear + 1, ...kitYears);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** The order after moving one text block a place up or down; unchanged at either end. */
export function movedOrder(ids: string[], id: string, direction: 'up' | 'down'): string[] {
  const from = ids.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const order = [...ids];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}
