import { requireTrajectory } from '$lib/features/trajectories/access.server';
import { readEvidenceFile } from '$lib/features/trajectory-plans/data.server';
import { evidenceHeaders } from '$lib/features/trajectory-plans/rules';
import type { RequestHandler } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new Response('Niet gevonden', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

// An action's evidence file (ADR 054): for whoever sees the trajectory's plan, and only them; an
// action of another trajectory, or one without a file, is not found.
export const GET: RequestHandler = async (event) => {
  const { trajectory } = await requireTrajectory(event, event.params.org, event.params.offer, event.params.school);
  if (!uuid.test(event.params.action)) return notFound();
  const file = await readEvidenceFile(trajectory, event.params.action);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), { status: 200, headers: evidenceHeaders(file) });
};
