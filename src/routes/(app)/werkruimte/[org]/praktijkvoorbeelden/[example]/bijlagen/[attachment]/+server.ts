import { attachmentResponse } from '$lib/features/library/api.server';
import { requireManagedExample } from '$lib/features/library/access.server';
import type { RequestHandler } from './$types';

// An attachment of any of the organisation's examples, drafts too, for those who read its library
// workspace (ADR 044, 051); never cached, as the example may not be public.
export const GET: RequestHandler = async (event) => {
  const { example } = await requireManagedExample(event, event.params.org, event.params.example, 'view-workspace');
  return await attachmentResponse(example.id, event.params.attachment, event.request, 'private')
    ?? new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
