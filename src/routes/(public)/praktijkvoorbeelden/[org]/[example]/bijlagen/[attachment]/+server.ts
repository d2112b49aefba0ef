import { attachmentResponse } from '$lib/features/library/api.server';
import { requirePublishedExample } from '$lib/features/library/access.server';
import type { RequestHandler } from './$types';

// An attachment of a published example (ADR 044); an unpublished example's answer 404 like its page.
export const GET: RequestHandler = async (event) => {
  const { example } = await requirePublishedExample(event, event.params.org, event.params.example);
  return await attachmentResponse(example.id, event.params.attachment, event.request, 'public')
    ?? new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
