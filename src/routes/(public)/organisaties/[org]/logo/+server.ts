import { findLogo } from '$lib/features/organisations/data.server';
import { messagesFor } from '$lib/i18n/messages';
import type { RequestHandler } from './$types';

// Public, like the pages that show it. The type was recognised from the bytes at upload; an SVG
// opened on its own gets a CSP that runs nothing and loads nothing (ADR 027 branding).
export const GET: RequestHandler = async ({ params, request, locals }) => {
  const logo = await findLogo(params.org);
  if (!logo) return new Response(messagesFor(locals.locale).errors.notFound, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const etag = `"${logo.hash}"`;
  const headers = {
    'content-type': logo.type,
    etag,
    // The page links the logo with its hash in the query, so a new logo is a new URL.
    'cache-control': 'public, max-age=86400',
    'content-disposition': 'inline',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin'
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.bytes), { status: 200, headers });
};
