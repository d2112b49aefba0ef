import { findLogo, findLogoPng } from '$lib/features/organisations/data.server';
import { messagesFor } from '$lib/i18n/messages';
import type { RequestHandler } from './$types';

// Public, like the pages that show it. The type was recognised from the bytes at upload; an SVG
// opened on its own gets a CSP that runs nothing and loads nothing (ADR 027 branding).
// `?formaat=png` is the logo as PNG for mails and share cards (ADR 035): an SVG drawn by resvg.
// That one may be loaded from other sites (a webmail's page shows it), so its
// Cross-Origin-Resource-Policy is cross-origin; the logo is public anyway.
export const GET: RequestHandler = async ({ params, request, url, locals }) => {
  const asPng = url.searchParams.get('formaat') === 'png';
  const logo = asPng ? await findLogoPng(params.org) : await findLogo(params.org);
  if (!logo) return new Response(messagesFor(locals.locale).errors.notFound, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const etag = asPng ? `"${logo.hash}-png"` : `"${logo.hash}"`;
  const headers = {
    'content-type': logo.type,
    etag,
    // The page links the logo with its hash in the query, so a new logo is a new URL.
    'cache-control': 'public, max-age=86400',
    'content-disposition': 'inline',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': asPng ? 'cross-origin' : 'same-origin'
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.bytes), { status: 200, headers });
};
