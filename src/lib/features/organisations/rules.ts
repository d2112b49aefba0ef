// Pure rules of an organisation's branding (ADR 027 branding): an accent colour must stay readable
// (WCAG 2.1 contrast), a logo is a PNG or a plain SVG, recognised by its bytes, never by its name.

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** AA for normal text. */
export const minimumContrast = 4.5;

// The light scheme's surfaces of the design system (tokens.css): the accent is text on both.
const lightSurfaces = ['#ffffff', '#f5f7fa'];
// The dark scheme's surfaces and the dark ink on a dark-scheme button (tokens.css).
const darkSurfaces = ['#0f1216', '#171b21'];
const darkAccentInk = '#0b1a2a';

/**
 * An accent is accepted when white text on it (the banner, a primary button) and the accent as text
 * on the light page and card backgrounds are all at least 4.5:1. A colour dark enough for white
 * text is too dark for text on a dark background, so the dark scheme uses a derived lighter
 * variant (`darkAccent`) instead of a second check that no colour could pass.
 */
export function isReadableAccent(hex: string): boolean {
  return contrastRatio('#ffffff', hex) >= minimumContrast && lightSurfaces.every((bg) => contrastRatio(hex, bg) >= minimumContrast);
}

function mixWithWhite(hex: string, share: number): string {
  const mixed = [0, 1, 2].map((i) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(c + (255 - c) * share).toString(16).padStart(2, '0');
  });
  return `#${mixed.join('')}`;
}

/** The accent for the dark scheme: the accent mixed with white until it reads on the dark surfaces and carries dark ink. */
export function darkAccent(hex: string): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = mixWithWhite(hex, step / 20);
    const readable = [...darkSurfaces, darkAccentInk].every((bg) => contrastRatio(candidate, bg) >= minimumContrast);
    if (readable) return candidate;
  }
  return '#ffffff';
}

/** Where a logo is served; its hash in the query makes a new logo a new URL (cached a day). */
export function logoPath(slug: string, hash: string): string {
  return `/organisaties/${slug}/logo?v=${hash.slice(0, 12)}`;
}

/**
 * The logo as PNG, for mails and share cards (neither shows SVG): a PNG logo as stored, an SVG one
 * rasterised by the logo route.
 */
export function logoPngPath(slug: string, hash: string): string {
  return `${logoPath(slug, hash)}&formaat=png`;
}

export const logoMaxBytes = 200 * 1024;
export type LogoType = 'image/png' | 'image/svg+xml';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  // The signature, then the first chunk must be IHDR (bytes 12–15).
  return bytes.length > 24 && pngSignature.every((b, i) => bytes[i] === b) &&
    String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
}

// What makes an SVG more than a picture: scripts, embedded HTML, event handlers, references to
// anything outside the file, and DTDs (entity expansion). Such an upload is refused, not cleaned.
const unsafeSvg = [
  /<script/i,
  /<foreignobject/i,
  /<!doctype|<!entity/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /(?:xlink:)?href\s*=\s*["']\s*(?!#)/i,
  /url\(\s*["']?\s*(?!#)/i,
  /@import/i,
  /<(?:iframe|embed|object|audio|video|image|animate|set|handler|listener)\b/i
];

export type LogoCheck = { ok: true; type: LogoType } | { ok: false; reason: 'logo-empty' | 'logo-too-large' | 'logo-type' | 'logo-unsafe' };

/** Recognises a logo by its bytes: a PNG, or a UTF-8 SVG with nothing active or external in it. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: 'logo-empty' };
  if (bytes.length > logoMaxBytes) return { ok: false, reason: 'logo-too-large' };
  if (isPng(bytes)) return { ok: true, type: 'image/png' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'logo-type' };
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const looksLikeSvg = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(start) && /<\/svg>\s*$/i.test(start);
  if (!looksLikeSvg) return { ok: false, reason: 'logo-type' };
  if (unsafeSvg.some((pattern) => pattern.test(start))) return { ok: false, reason: 'logo-unsafe' };
  return { ok: true, type: 'image/svg+xml' };
}
