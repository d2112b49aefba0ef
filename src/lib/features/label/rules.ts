// The quality label ("kwaliteitslabel") of a network for one school year: a self-contained SVG
// badge (no external fonts, images or scripts) with the network's generated logo mark, the school
// and the school year, linking to the public verification page. Pure: no I/O.
import { intlLocale } from '$lib/kernel/locale';

export interface LabelInput {
  networkName: string;
  organisationName: string;
  schoolName: string;
  schoolYear: string; // formatted, e.g. '2023-2024'
  verifyUrl: string;
  caption: string; // translated, e.g. 'Lid van het netwerk'
  verifyText: string; // translated, e.g. 'Controleer dit label'
}

export interface LabelPalette { primary: string; accentA: string; accentB: string; muted: string; tint: string }
export const LABEL_SIZE = 600;
export const LABEL_FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';
const TEXT_WIDTH = 500;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '') // eslint-disable-line no-control-regex
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function wrapWithInfo(text: string, maxChars: number, maxLines: number): { lines: string[]; cut: boolean } {
  const max = Math.max(2, Math.floor(maxChars));
  // Break at spaces, and after hyphens inside words ('Sint-' / 'Jozef') when needed.
  const tokens: { text: string; space: boolean }[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    word.split(/(?<=-)(?=.)/).forEach((part, i) => tokens.push({ text: part, space: i === 0 }));
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const joined = line === '' ? token.text : line + (token.space ? ' ' : '') + token.text;
    if (joined.length <= max) { line = joined; continue; }
    if (line !== '') lines.push(line);
    line = token.text;
    while (line.length > max) { lines.push(line.slice(0, max)); line = line.slice(max); }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? '';
  kept[kept.length - 1] = (last.length < max ? last : last.slice(0, max - 1)).replace(/[\s-]+$/, '') + '…';
  return { lines: kept, cut: true };
}

/** Greedy word wrap to at most `maxLines` lines of `maxCharsPerLine`; the last line gets '…' when cut. */
export function wrapText(text: string, maxCharsPerLine: number, maxLines: number): string[] {
  return wrapWithInfo(text, maxCharsPerLine, maxLines).lines;
}

/** Rough advance width in px for DejaVu Sans (Bold when `bold`); errs on the wide side. */
export function estimateTextWidth(text: string, fontSize: number, bold = true): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijlI.,:;!|'’]/.test(ch)) em += 0.36;
    else if (/[ftr\s()\-/]/.test(ch)) em += 0.5;
    else if (/[mwMW@]/.test(ch)) em += 1.08;
    else if (/[A-Z]/.test(ch)) em += 0.82;
    else em += 0.7;
  }
  return em * fontSize * (bold ? 1 : 0.9);
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b); // final avalanche, so similar names get far-apart hues
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hslHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two '#rrggbb' colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Walks lightness from `l` by `step` until `ok`, so every hue ends up with enough contrast. */
function tune(h: number, s: number, l: number, step: number, ok: (hex: string) => boolean): string {
  let hex = hslHex(h, s, l);
  while (!ok(hex) && l > 0 && l < 100) hex = hslHex(h, s, (l = Math.min(100, Math.max(0, l + step))));
  return hex;
}

/** Deterministic colours from the network name; white text on `primary` and `primary`/`muted`
 *  text on white meet WCAG AA (4.5:1), the logo marks stand out from `primary` by at least 3:1. */
export function labelPalette(networkName: string): LabelPalette {
  const hash = fnv1a(networkName.trim().toLowerCase());
  // Evenly spread, recognisable hues; no yellows or olives (they only darken into mud).
  const hues = [355, 10, 24, 130, 150, 172, 190, 205, 220, 235, 250, 268, 285, 305, 325, 340];
  const hue = ((hues[hash % hues.length] ?? 220) + ((hash >>> 4) % 9) - 4 + 360) % 360;
  const sat = 60 + ((hash >>> 9) % 25);
  const primary = tune(hue, sat, 42, -2, (c) => contrastRatio(c, '#ffffff') >= 5);
  const turn = (hash >>> 17) % 2 === 0 ? 1 : -1;
  const mark = (shift: number) => tune((hue + 360 + turn * shift) % 360, 85, 70, 2, (c) => contrastRatio(c, primary) >= 3.5);
  return {
    primary,
    accentA: mark(50),
    accentB: mark(150),
    muted: tune(hue, 22, 34, -2, (c) => contrastRatio(c, '#ffffff') >= 7),
    tint: hslHex(hue, 45, 94)
  };
}

/** Displays a long URL without its scheme and with an ellipsis in the middle. */
export function shortUrl(url: string, maxChars = 50): string {
  const bare = url.replace(/^https?:\/\//i, '');
  if (bare.length <= maxChars) return bare;
  const tail = Math.floor((maxChars - 1) * 0.45);
  return `${bare.slice(0, maxChars - 1 - tail)}…${bare.slice(bare.length - tail)}`;
}

/** Picks the largest font size at which `text` fits in `maxLines` lines and `height` px. */
function fitLines(text: string, sizes: number[], height: number, maxLines: number, bold = true) {
  for (const size of sizes) {
    const { lines, cut } = wrapWithInfo(text, TEXT_WIDTH / (size * 0.66), maxLines);
    const fitsWidth = lines.every((l) => estimateTextWidth(l, size, bold) <= TEXT_WIDTH);
    if (!cut && fitsWidth && lines.length * size * 1.2 <= height + size * 0.3) return { lines, size };
  }
  const size = sizes[sizes.length - 1] ?? 20;
  return { lines: wrapWithInfo(text, TEXT_WIDTH / (size * 0.66), maxLines).lines, size };
}

/** Centred lines, vertically centred in [top, top + height]; squeezed if the estimate overflows. */
function textBlock(lines: string[], size: number, top: number, height: number, attrs: string, bold = true): string {
  const lineHeight = size * 1.2;
  const block = (lines.length - 1) * lineHeight + size * 0.72;
  const first = top + (height - block) / 2 + size * 0.72;
  return lines.map((line, i) => {
    const squeeze = estimateTextWidth(line, size, bold) > TEXT_WIDTH ? ` textLength="${TEXT_WIDTH}" lengthAdjust="spacingAndGlyphs"` : '';
    return `<text x="300" y="${(first + i * lineHeight).toFixed(1)}" font-size="${size}"${squeeze} ${attrs}>${escapeXml(line)}</text>`;
  }).join('');
}

/** The label as a self-contained ~600×600 SVG, wrapped in a link to the verification page. */
export function renderLabelSvg(input: LabelInput): string {
  const p = labelPalette(input.networkName);
  const id = `nwp-label-${fnv1a(JSON.stringify(input)).toString(36)}`;
  const network = fitLines(input.networkName, [32, 28, 24, 21], 92, 3);
  const school = fitLines(input.schoolName, [32, 28, 24, 21], 92, 3);
  const org = wrapText(input.organisationName, 44, 1);
  const caption = wrapText(input.caption.toLocaleUpperCase(intlLocale('nl')), 40, 1);
  const verify = wrapText(input.verifyText, 56, 1);
  const yearSize = input.schoolYear.length > 11 ? 26 : 36;
  const yearWidth = Math.min(TEXT_WIDTH, Math.max(240, estimateTextWidth(input.schoolYear, yearSize) + 72));
  const title = [input.networkName, input.schoolName, input.schoolYear].filter(Boolean).join(' – ');
  const desc = `${input.schoolName} – ${input.caption} ${input.networkName} (${input.organisationName}), ${input.schoolYear}. ${input.verifyText}: ${input.verifyUrl}`;
  const href = escapeXml(input.verifyUrl);
  const white = 'fill="#ffffff" text-anchor="middle"';
  const nodes: [number, number, number, string][] = [[300, 52, 20, '#ffffff'], [256, 110, 17, p.accentA], [344, 110, 17, p.accentB]];

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${LABEL_SIZE}" height="${LABEL_SIZE}" viewBox="0 0 600 600" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${LABEL_FONT}">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<defs><clipPath id="${id}-clip"><rect x="6" y="6" width="588" height="588" rx="44"/></clipPath></defs>`,
    `<a href="${href}" xlink:href="${href}" target="_blank">`,
    `<rect x="6" y="6" width="588" height="588" rx="44" fill="#ffffff"/>`,
    `<g clip-path="url(#${id}-clip)">`,
    `<path d="M0 0H600V262Q300 312 0 262Z" fill="${p.primary}"/>`,
    `<path d="M0 262Q300 312 600 262V276Q300 326 0 276Z" fill="${p.tint}"/>`,
    `</g>`,
    `<rect x="6" y="6" width="588" height="588" rx="44" fill="none" stroke="${p.primary}" stroke-width="8"/>`,
    `<g stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.9"><path d="M300 52L256 110L344 110Z" fill="none"/></g>`,
    nodes.map(([x, y, r, fill]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="${p.primary}" stroke-width="4"/>`).join(''),
    `<circle cx="300" cy="52" r="8" fill="${p.primary}"/>`,
    textBlock(network.lines, network.size, 136, 92, `font-weight="bold" ${white}`),
    textBlock(org, 16, 236, 20, `letter-spacing="1" ${white}`, false),
    textBlock(caption, 15, 304, 16, `letter-spacing="2" font-weight="bold" fill="${p.muted}" text-anchor="middle"`),
    textBlock(school.lines, school.size, 332, 92, `font-weight="bold" fill="#1a1a1a" text-anchor="middle"`),
    `<rect x="${(300 - yearWidth / 2).toFixed(1)}" y="438" width="${yearWidth.toFixed(1)}" height="60" rx="30" fill="${p.primary}"/>`,
    `<rect x="${(304 - yearWidth / 2).toFixed(1)}" y="442" width="${(yearWidth - 8).toFixed(1)}" height="52" rx="26" fill="none" stroke="${p.accentA}" stroke-width="2"/>`,
    textBlock([input.schoolYear], yearSize, 438, 60, `font-weight="bold" ${white}`),
    textBlock(verify, 15, 518, 16, `fill="#333333" text-anchor="middle"`, false),
    textBlock([shortUrl(input.verifyUrl)], 14, 540, 16, `fill="${p.primary}" text-decoration="underline" text-anchor="middle"`, false),
    `</a></svg>`
  ].join('\n');
}

/** The public verification page of a label: it needs no secret (ADR 008). */
export function labelVerifyPath(networkId: string, institutionNumber: string, schoolYear: string): string {
  return `/label/${networkId}/${institutionNumber}/${schoolYear}`;
}

/** A label counts only on a public network, for a school on its member list in that school year. */
export function labelIsValid(facts: { isMember: boolean; networkIsPublic: boolean } | null): boolean {
  return !!facts && facts.isMember && facts.networkIsPublic;
}

/** The label of one school and school year, as the school downloads it and the verification page shows it. */
export function renderSchoolLabel(
  facts: { networkId: string; networkName: string; organisationName: string; schoolName: string },
  place: { origin: string; institutionNumber: string; schoolYear: string },
  texts: { caption: string; verifyText: string }
): string {
  return renderLabelSvg({
    networkName: facts.networkName, organisationName: facts.organisationName, schoolName: facts.schoolName, schoolYear: place.schoolYear,
    verifyUrl: `${place.origin}${labelVerifyPath(facts.networkId, place.institutionNumber, place.schoolYear)}`,
    caption: texts.caption, verifyText: texts.verifyText
  });
}
