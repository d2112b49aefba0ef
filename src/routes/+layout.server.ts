import type { LayoutServerLoad } from './$types';

// Every page is rendered on the server and works without JavaScript (plain links and form
// posts), so no client bundle or hydration data is sent: faster pages on a phone, fewer moving
// parts, and measurably more throughput (ADR 011, docs/performance.md).
export const csr = false;

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  actor: locals.actor
    ? { name: locals.actor.name, isPlatformAdmin: locals.actor.isPlatformAdmin }
    : null
});
