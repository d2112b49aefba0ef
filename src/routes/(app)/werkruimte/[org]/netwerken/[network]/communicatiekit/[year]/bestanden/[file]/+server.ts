import { requireComposedKit } from '$lib/features/communication-kit/access.server';
import { readComposedKitFile } from '$lib/features/communication-kit/data.server';
import { kitFileHeaders } from '$lib/features/communication-kit/rules';
import type { RequestHandler } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

// A file of the kit as its composer checks it (ADR 059); a file of another kit is not found.
export const GET: RequestHandler = async (event) => {
  const { kitNetwork, year } = await requireComposedKit(event, event.params.org, event.params.network, event.params.year);
  const file = uuid.test(event.params.file) ? await readComposedKitFile(kitNetwork, year.startYear, event.params.file) : null;
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), { status: 200, headers: kitFileHeaders(file) });
};
