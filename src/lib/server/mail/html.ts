// The one HTML layout of every mail (ADR 027 branding, ADR 035): the same words as the text part,
// under the sending organisation's name and logo on a band in its accent, or Netwerkplein's for the
// platform's own mails. The text part stays the mail; this only adds the look, so every line of it
// is escaped text and the one image is an absolute http(s) URL of our own site.
import type { MailPayload } from '$lib/features/mail/schema';

export interface MailBrand {
  organisationName: string;
  /** Absolute URL of the organisation's logo as PNG (mail clients do not show SVG), or null. */
  logoUrl: string | null;
  /** A checked #rrggbb accent (readable on white, ADR 027), or null for the platform's. */
  accent: string | null;
}

/** The platform's own mails (sign-in, sign-up, joining a school): Netwerkplein, its accent, no logo. */
export const platformMailBrand: MailBrand = { organisationName: 'Netwerkplein', logoUrl: null, accent: null };

const platformAccent = '#0b5394';
const ink = '#1b1f24';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Web addresses in the text become links (underlined: not by colour alone); everything else stays text. */
function paragraph(text: string, accent: string): string {
  const linked = escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}" style="color:${accent};text-decoration:underline;word-break:break-all">${url}</a>`);
  return `<p style="margin:0 0 16px;white-space:pre-wrap">${linked}</p>`;
}

/**
 * The HTML part: a language, a title, one column at most 40rem wide, 16px text, and
 * role="article" with the subject as its name, so a screen reader in a mail client announces where the mail starts.
 */
export function brandedMailHtml(text: string, brand: MailBrand, lang: 'nl' | 'en', subject = brand.organisationName): string {
  const accent = brand.accent && /^#[0-9a-f]{6}$/i.test(brand.accent) ? brand.accent : platformAccent;
  const name = escapeHtml(brand.organisationName);
  const logo = brand.logoUrl && /^https?:\/\//.test(brand.logoUrl)
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${name}" height="48" style="display:block;height:48px;width:auto;margin:0 0 8px;border:0">`
    : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="color-scheme" content="light"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px 16px;font-family:'DejaVu Sans',Verdana,system-ui,sans-serif;font-size:16px;color:${ink};background:#ffffff;line-height:1.5">` +
    `<div role="article" aria-roledescription="e-mail" aria-label="${escapeHtml(subject)}" lang="${lang}" style="max-width:40rem;margin:0 auto;border-top:6px solid ${accent};padding-top:16px">${logo}` +
    `<p style="margin:0 0 24px;font-weight:700;color:${accent}">${name}</p>` +
    text.split(/\n{2,}/).map((part) => paragraph(part, accent)).join('') +
    `</div></body></html>`;
}

/** A mail as every composer returns it: the text part, and the same words in the layout above. */
export function composeMail(mail: Omit<MailPayload, 'html'>, brand: MailBrand, lang: 'nl' | 'en'): MailPayload & { html: string } {
  return { ...mail, html: brandedMailHtml(mail.text, brand, lang, mail.subject) };
}
