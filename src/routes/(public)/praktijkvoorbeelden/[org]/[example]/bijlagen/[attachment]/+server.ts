import { attachmentTypes } from '$lib/features/library/rules';
import { findAttachment } from '$lib/features/library/data.server';
import { requirePublishedExample } from '$lib/features/library/access.server';
import type { RequestHandler } from './$types';

// An attachment of a published example (ADR 044); an unpublished example's answer 404 like its page.
// The type is the one recognised from the bytes at upload; only images open in the browser, every
// other file is a download, and nothing is sniffed or run.
export const GET: RequestHandler = async (event) => {
  const { example } = await requirePublishedExample(event, event.params.org, event.params.example);
  const file = await findAttachment(example.id, event.params.attachment);
  if (!file) return new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const type = attachmentTypes[file.kind];
  const etag = `"${file.hash}"`;
  const headers = {
    'content-type': type.type,
    'content-length': String(file.size),
    etag,
    'cache-control': 'public, max-age=3600',
    'content-disposition': `${type.image ? 'inline' : 'attachment'}; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin'
  };
  if (event.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.bytes), { status: 200, headers });
};
