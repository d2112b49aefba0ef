// The HTML part beside a mail's text (ADR 027 branding): the same words, under the sending
// organisation's name and logo. The text part stays the mail; this only adds the look, so every
// line of it is escaped text and the one image is an absolute https/http URL of our own site.

export interface MailBrand {
  organisationName: string;
  /** Absolute URL of the organisation's logo, or null. */
  logoUrl: string | null;
  /** A checked #rrggbb accent, or null for the platform's. */
  accent: string | null;
}

const platformAccent = '#0b5394';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Web addresses in the text become links; everything else stays text. */
function paragraph(text: string): string {
  const linked = escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
  return `<p style="margin:0 0 16px;white-space:pre-wrap">${linked}</p>`;
}

export function brandedMailHtml(text: string, brand: MailBrand, lang: 'nl' | 'en'): string {
  const accent = brand.accent && /^#[0-9a-f]{6}$/.test(brand.accent) ? brand.accent : platformAccent;
  const name = escapeHtml(brand.organisationName);
  const logo = brand.logoUrl && /^https?:\/\//.test(brand.logoUrl)
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${name}" height="48" style="display:block;height:48px;width:auto;margin:0 0 8px">`
    : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head>` +
    `<body style="margin:0;padding:24px;font-family:system-ui,sans-serif;color:#1b1f24;background:#ffffff;line-height:1.5">` +
    `<div style="max-width:40rem;border-top:6px solid ${accent};padding-top:16px">${logo}` +
    `<p style="margin:0 0 24px;font-weight:700;color:${accent}">${name}</p>` +
    text.split(/\n{2,}/).map(paragraph).join('') +
    `</div></body></html>`;
}
