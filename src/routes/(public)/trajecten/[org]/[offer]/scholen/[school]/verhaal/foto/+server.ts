import { requireTrajectoryStories } from '$lib/features/trajectory-stories/access.server';
import { readStoryPhoto } from '$lib/features/trajectory-stories/data.server';
import { photoHeaders } from '$lib/features/trajectory-stories/rules';
import type { RequestHandler } from './$types';

// The story's photo in any state, for whoever sees the trajectory (to write and to approve it).
export const GET: RequestHandler = async (event) => {
  const { stories } = await requireTrajectoryStories(event, event.params.org, event.params.offer, event.params.school);
  const photo = await readStoryPhoto(stories);
  if (!photo) return new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const headers = { ...photoHeaders(photo), 'cache-control': 'private, no-store' };
  return new Response(new Uint8Array(photo.bytes), { status: 200, headers });
};
