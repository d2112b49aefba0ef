// A form post whose body cannot be read used to throw inside the action, which SvelteKit turns
// into a 500. The body is read once here, before any action runs, so such a post becomes a Dutch
// 400 and nothing changes (ADR 018). The read is on a clone: actions still read the original.
import type { RequestEvent } from '@sveltejs/kit';
import { messagesFor, type Locale } from '$lib/i18n/messages';

// What SvelteKit accepts as a form action body; anything else is a wrongly typed post.
const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function unreadableFormPage(locale: Locale, backTo: string, status: 400 | 413 = 400): Response {
  const m = messagesFor(locale);
  const title = escapeHtml(status === 413 ? m.errors.bodyTooLarge : m.errors.malformedForm);
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title} — ${escapeHtml(m.app.name)}</title></head>`
    + `<body><h1>${title}</h1><p><a href="${escapeHtml(backTo)}">${escapeHtml(m.errors.backToForm)}</a></p></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A 400 page for a post outside the JSON API whose body is not a readable form, else null. */
export async function refuseUnreadableForm(event: RequestEvent, locale: Locale): Promise<Response | null> {
  if (event.request.method !== 'POST' || event.url.pathname.startsWith('/api/')) return null;
  const type = (event.request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (formTypes.has(type)) {
    try {
      await event.request.clone().formData();
      return null;
    } catch (err) {
      // Over BODY_SIZE_LIMIT adapter-node fails the read with a 413: that is no malformed form.
      if ((err as { status?: unknown } | null)?.status === 413) return unreadableFormPage(locale, event.url.pathname, 413);
      // Otherwise falls through to the refusal below: a wrong boundary, a truncated part, text/plain.
    }
  }
  return unreadableFormPage(locale, event.url.pathname);
}
