import { findPublicStorySchool } from '$lib/features/trajectory-stories/access.server';
import { readPublicStoryPhoto } from '$lib/features/trajectory-stories/data.server';
import { photoHeaders } from '$lib/features/trajectory-stories/rules';
import type { RequestHandler } from './$types';

// A public story's photo (ADR 048): 404 as soon as the story is not public; revalidated on every view.
export const GET: RequestHandler = async (event) => {
  const { offer, school } = await findPublicStorySchool(event, event.params.org, event.params.offer, event.params.school);
  const photo = await readPublicStoryPhoto(offer.id, school.id);
  if (!photo) return new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  const headers = photoHeaders(photo);
  if (event.request.headers.get('if-none-match') === headers.etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(photo.bytes), { status: 200, headers });
};
