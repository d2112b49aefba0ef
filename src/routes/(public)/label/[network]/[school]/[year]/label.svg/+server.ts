import { error } from '@sveltejs/kit';
import { findVerifiableLabel } from '$lib/features/label/access.server';
import { renderSchoolLabel } from '$lib/features/label/rules';
import { messagesFor } from '$lib/i18n/messages';
import { readEnv } from '$lib/server/env';
import type { RequestHandler } from './$types';

// The label itself, shown on its verification page: the same image the school downloads, and only
// while the label is valid, so a page can never show a label the member list does not back.
export const GET: RequestHandler = async ({ params, locals }) => {
  const m = messagesFor(locals.locale);
  const { asked, facts } = await findVerifiableLabel(locals.actor, params);
  if (!asked || !facts) error(404, m.errors.notFound);
  const svg = renderSchoolLabel(facts, { origin: readEnv().ORIGIN, institutionNumber: asked.school, schoolYear: asked.year.label }, m.learning.label);
  // Short-lived: a school taken off the member list loses its label within minutes. The caption
  // follows the language cookie, so a cache keeps one copy per cookie.
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=300', vary: 'cookie' } });
};
