import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  actor: locals.actor
    ? { name: locals.actor.name, isPlatformAdmin: locals.actor.isPlatformAdmin }
    : null
});
