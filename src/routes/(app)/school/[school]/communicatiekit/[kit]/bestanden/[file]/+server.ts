import { requireMemberKit } from '$lib/features/communication-kit/access.server';
import { readMemberKitFile } from '$lib/features/communication-kit/data.server';
import { kitFileHeaders } from '$lib/features/communication-kit/rules';
import type { RequestHandler } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

// A kit file for the people of a member school (ADR 059); for anyone else the kit does not exist (404).
export const GET: RequestHandler = async (event) => {
  const { ref } = await requireMemberKit(event, event.params.school, event.params.kit);
  const file = uuid.test(event.params.file) ? await readMemberKitFile(ref, event.params.file) : null;
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), { status: 200, headers: kitFileHeaders(file) });
};
